import { en } from './en.ts';
import { type Catalogue, id } from './id.ts';

export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const catalogues: Record<Locale, Catalogue> = { id, en };

/** The BCP 47 tag handed to Intl: Indonesian as used in Indonesia, English with day-month-year dates. */
export const intlTag: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Fills `{name}` placeholders; a placeholder without a value is left visible so that a gap shows in review.
 * @example fill('{n} objek', { n: '12' }) === '12 objek'
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = values[key];
    return v === undefined ? whole : String(v);
  });
}

/** The `{name}` placeholders a template uses, for checking translations against the source. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}
