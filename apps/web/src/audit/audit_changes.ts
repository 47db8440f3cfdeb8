/** One field of a record that an audited change touched. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Bookkeeping every change bumps: listing it would say nothing. */
const BOOKKEEPING = new Set(['version', 'updatedAt', 'createdAt']);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A feature's fields are its properties plus its geometry; any other record's are its own keys. */
function fieldsOf(record: unknown): Map<string, unknown> {
  if (!isRecord(record)) return new Map();
  if (record.type === 'Feature' && isRecord(record.properties)) {
    return new Map([...Object.entries(record.properties), ['geometry', record.geometry]]);
  }
  return new Map(Object.entries(record));
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The fields that differ between the record before and after a change, in the order the record lists them
 * (a create lists every field it set, a delete every field it had); version and timestamps are left out.
 * @example changedFields({ name: 'A', staff: 4 }, { name: 'A', staff: 6 }) // [{ field: 'staff', before: 4, after: 6 }]
 */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const b = fieldsOf(before);
  const a = fieldsOf(after);
  const keys = [...new Set([...b.keys(), ...a.keys()])];
  return keys
    .filter((k) => !BOOKKEEPING.has(k) && !same(b.get(k), a.get(k)))
    .map((field) => ({ field, before: b.get(field) ?? null, after: a.get(field) ?? null }));
}

/** A value as one short line: text as is, numbers and booleans as written, geometry and objects marked. */
export function shortValue(
  value: unknown,
  words: { empty: string; geometry: string },
  maxLength = 60,
): string {
  if (value === null || value === undefined || value === '') return words.empty;
  if (isRecord(value) && typeof value.type === 'string' && 'coordinates' in value) return words.geometry;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
