import type { FieldErrors } from './issue_messages.ts';

/** A field of a form's draft: its path in the request body, its value, its setter and the form's messages. */
export interface BoundField<V extends string = string> {
  /** The field's path in the request body: its error key, and (dots as dashes) its element id. */
  name: string;
  value: V;
  onChange(value: V): void;
  errors: FieldErrors;
}

/** What fieldBinder gives: a draft's field, ready for FormField. */
export type FieldBinder<D> = <K extends keyof D & string>(name: K) => BoundField<D[K] & string>;

/**
 * Binds a draft's fields to FormField: `field('staff')` gives the name, value, setter and messages.
 * @example <FormField {...field('name')} label={t.editing.name} />
 */
export function fieldBinder<D extends Record<keyof D, string>>(
  draft: D,
  set: <K extends keyof D>(key: K) => (value: D[K]) => void,
  errors: FieldErrors,
): FieldBinder<D> {
  return (name) => ({
    name,
    value: draft[name],
    onChange: set(name),
    errors,
  });
}

interface FormFieldProps<V extends string> extends BoundField<V> {
  label: string;
  /**
   * The control: a text box (the default), a date, a number kept as typed (the schema says what is wrong with
   * it: empty, not a number, out of range) or a text area; with `options`, a select.
   */
  as?: 'text' | 'date' | 'number' | 'textarea';
  options?: ReadonlyArray<{ value: V; label: string }>;
}

const idOf = (name: string) => `edit-${name.replaceAll('.', '-')}`;

/**
 * One labelled field with its message: the control is marked invalid and described by the message, which the
 * forms' "focus the first invalid field" looks for.
 */
export function FormField<V extends string>(props: FormFieldProps<V>) {
  const { name, label, value, errors, options } = props;
  const id = idOf(name);
  const error = errors[name];
  const control = {
    id,
    value,
    onChange: (e: { target: { value: string } }) => props.onChange(e.target.value as V),
    ...(error === undefined ? {} : { 'aria-invalid': true, 'aria-describedby': `${id}-error` }),
  };
  return (
    <div className="field" data-field={name}>
      <label htmlFor={id}>{label}</label>
      {options !== undefined ? (
        <select {...control}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : props.as === 'textarea' ? (
        <textarea rows={2} {...control} />
      ) : (
        <input
          type={props.as === 'date' ? 'date' : 'text'}
          inputMode={props.as === 'number' ? 'numeric' : undefined}
          {...control}
        />
      )}
      {error !== undefined && (
        <p className="field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** The options of an enum, labelled from the catalogue's `t.enums` entry. */
export function enumOptions<V extends string>(
  values: readonly V[],
  labels: Record<V, string>,
): Array<{ value: V; label: string }> {
  return values.map((value) => ({ value, label: labels[value] }));
}
