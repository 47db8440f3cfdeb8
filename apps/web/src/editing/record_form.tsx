import type { ReactNode } from 'react';
import { useI18n } from '../i18n/use_i18n.ts';

interface RecordFormProps {
  testId: string;
  heading: string;
  onSubmit(): void;
  /** The last message: an error by default; with `status`, the last outcome (done or refused), told politely. */
  message: string | null;
  status?: { testId: string };
  submit: { label: string; testId: string };
  onCancel?: () => void;
  children: ReactNode;
  /** What stands below the buttons (retire). */
  after?: ReactNode;
}

/** The frame of the small record forms under a details card (a unit, a stock row, a stock operation). */
export function RecordForm(props: RecordFormProps) {
  const { t } = useI18n();
  const { message, status } = props;
  return (
    <form
      className="edit-form"
      data-testid={props.testId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      <h3>{props.heading}</h3>
      {props.children}
      {message !== null &&
        (status === undefined ? (
          <p className="field__error" role="alert">
            {message}
          </p>
        ) : (
          <p className="muted" role="status" data-testid={status.testId}>
            {message}
          </p>
        ))}
      <div className="button-row">
        <button type="submit" className="primary" data-testid={props.submit.testId}>
          {props.submit.label}
        </button>
        {props.onCancel !== undefined && (
          <button type="button" onClick={props.onCancel}>
            {t.editing.cancel}
          </button>
        )}
      </div>
      {props.after}
    </form>
  );
}
