/**
 * Form inputs are strings; these turn them into request values without hiding a mistake, so the shared schema
 * judges them: an empty or unreadable number becomes NaN ("Isi dengan angka"), an empty optional text null.
 */

/** A typed number: Indonesian decimal commas read as points; empty or unreadable is NaN. */
export function numberOf(input: string): number {
  const s = input.trim().replace(/\s/g, '').replace(',', '.');
  return s === '' ? Number.NaN : Number(s);
}

/** An optional text: blank is null, anything else is sent as typed (the schema trims where it should). */
export function textOrNull(input: string): string | null {
  return input.trim() === '' ? null : input;
}

/** A value shown in an input: null as empty. */
export function shown(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** The fields of a draft that differ from the record it was opened from (what a PATCH sends). */
export function changedFields<T extends Record<string, unknown>>(before: T, after: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(after) as Array<keyof T>) {
    if (!Object.is(before[key], after[key])) out[key] = after[key];
  }
  return out;
}
