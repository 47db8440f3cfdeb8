import { Id } from '@siaga/schema';

/** Ids that are not UUIDs cannot exist; answering "unknown" avoids a PostgreSQL cast error. */
export function isUuid(id: string): boolean {
  return Id.safeParse(id).success;
}

/** The keys of a patch that are set (undefined means "leave unchanged"; null is a value). */
export function definedOnly<T extends object>(patch: T | undefined): Partial<T> {
  const out: Partial<T> = {};
  if (!patch) return out;
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) out[key as keyof T] = value as T[keyof T];
  }
  return out;
}

/** Rows per INSERT statement: keeps bind parameters far below PostgreSQL's 65,535 limit. */
const INSERT_CHUNK = 500;

export function chunks<T>(items: T[], size = INSERT_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Maps a duplicate or missing key reported by PostgreSQL back to the input feature that carried it. */
export function locateFeature<T>(inputs: T[], keysOf: (input: T) => Record<string, unknown>) {
  return (column: string, value: string): string | undefined => {
    const index = inputs.findIndex((input) => String(keysOf(input)[column] ?? '') === value);
    if (index < 0) return undefined;
    return column === 'id' ? `features.${index}.id` : `features.${index}.properties.${camel(column)}`;
  };
}

function camel(column: string): string {
  return column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

export function iso(date: Date): string {
  return date.toISOString();
}
