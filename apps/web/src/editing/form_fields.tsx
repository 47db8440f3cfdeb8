import type { ReactNode } from 'react';
import type { FieldErrors } from './issue_messages.ts';

interface FieldProps {
  /** The field's path in the request body: its error key, and (dots as dashes) its element id. */
  name: string;
  label: string;
  errors: FieldErrors;
}

const idOf = (name: string) => `edit-${name.replaceAll('.', '-')}`;

function Field({ name, label, errors, children }: FieldProps & { children: ReactNode }) {
  const error = errors[name];
  return (
    <div className="field" data-field={name}>
      <label htmlFor={idOf(name)}>{label}</label>
      {children}
      {error !== undefined && (
        <p className="field__error" id={`${idOf(name)}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

const invalidProps = (name: string, errors: FieldErrors) =>
  errors[name] === undefined
    ? { id: idOf(name) }
    : { id: idOf(name), 'aria-invalid': true, 'aria-describedby': `${idOf(name)}-error` };

export function TextField(
  props: FieldProps & { value: string; onChange(value: string): void; type?: 'text' | 'date' },
) {
  return (
    <Field {...props}>
      <input
        type={props.type ?? 'text'}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        {...invalidProps(props.name, props.errors)}
      />
    </Field>
  );
}

/** Numbers are kept as typed; the schema says what is wrong with them (empty, not a number, out of range). */
export function NumberField(props: FieldProps & { value: string; onChange(value: string): void }) {
  return (
    <Field {...props}>
      <input
        type="text"
        inputMode="numeric"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        {...invalidProps(props.name, props.errors)}
      />
    </Field>
  );
}

export function TextAreaField(props: FieldProps & { value: string; onChange(value: string): void }) {
  return (
    <Field {...props}>
      <textarea
        rows={2}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        {...invalidProps(props.name, props.errors)}
      />
    </Field>
  );
}

export function SelectField<V extends string>(
  props: FieldProps & {
    value: V;
    options: ReadonlyArray<{ value: V; label: string }>;
    onChange(value: V): void;
  },
) {
  return (
    <Field {...props}>
      <select
        value={props.value}
        onChange={(e) => props.onChange(e.target.value as V)}
        {...invalidProps(props.name, props.errors)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** The options of an enum, labelled from the catalogue's `t.enums` entry. */
export function enumOptions<V extends string>(
  values: readonly V[],
  labels: Record<V, string>,
): Array<{ value: V; label: string }> {
  return values.map((value) => ({ value, label: labels[value] }));
}
