import { useState } from 'react';
import { useI18n } from '../i18n/use_i18n.ts';

/** A destructive step asked twice: the button, then a sentence saying what happens and "Ya, lanjutkan". */
export function ConfirmButton({
  label,
  question,
  onConfirm,
  disabled = false,
  testId,
}: {
  label: string;
  question: string;
  onConfirm(): void;
  disabled?: boolean;
  testId: string;
}) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        className="danger"
        disabled={disabled}
        onClick={() => setAsking(true)}
        data-testid={testId}
      >
        {label}
      </button>
    );
  }
  return (
    <fieldset className="confirm">
      <legend className="sr-only">{label}</legend>
      <p>{question}</p>
      <div className="button-row">
        <button
          type="button"
          className="danger"
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
          data-testid={`${testId}-confirm`}
        >
          {t.editing.confirm}
        </button>
        <button type="button" onClick={() => setAsking(false)}>
          {t.editing.cancel}
        </button>
      </div>
    </fieldset>
  );
}
