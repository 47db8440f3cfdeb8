import type { Catalogue } from './id.ts';
import { fill, intlTag, type Locale } from './locale.ts';

/** Buleleng keeps Central Indonesian Time; dates are shown there whatever the viewer's clock says. */
export const DISPLAY_TIME_ZONE = 'Asia/Makassar';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** One Intl.NumberFormat per locale and precision: building one costs far more than formatting with it. */
function numberFormat(locale: Locale, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${locale}/${maximumFractionDigits}`;
  let f = numberFormats.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(intlTag[locale], { maximumFractionDigits });
    numberFormats.set(key, f);
  }
  return f;
}

export function formatNumber(locale: Locale, n: number, maximumFractionDigits = 0): string {
  return numberFormat(locale, maximumFractionDigits).format(n);
}

/** A date-time (ISO 8601 with offset) in WITA, e.g. "2 Jan 2023 19.30 WITA". */
export function formatDateTime(locale: Locale, t: Catalogue, iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const text = new Intl.DateTimeFormat(intlTag[locale], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: DISPLAY_TIME_ZONE,
  }).format(d);
  return `${text} ${t.units.timeZone}`;
}

/** A calendar date (YYYY-MM-DD) as a local long date; no time zone shift because it carries no time. */
export function formatDate(locale: Locale, isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return isoDate;
  return new Intl.DateTimeFormat(intlTag[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(d);
}

export function formatDuration(locale: Locale, t: Catalogue, seconds: number): string {
  if (seconds < 60) return fill(t.units.seconds, { n: formatNumber(locale, seconds) });
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (s === 0) return fill(t.units.minutes, { m: formatNumber(locale, m) });
  return fill(t.units.minutesSeconds, { m: formatNumber(locale, m), s: formatNumber(locale, s) });
}

export interface PluralForms {
  one: string;
  other: string;
}

/** Picks the plural form by the locale's rules (Indonesian has one form; English has one/other). */
export function plural(locale: Locale, forms: PluralForms, n: number): string {
  const form = new Intl.PluralRules(intlTag[locale]).select(n) === 'one' ? forms.one : forms.other;
  return fill(form, { n: formatNumber(locale, n) });
}

export function formatAreaKm2(locale: Locale, t: Catalogue, km2: number): string {
  const digits = km2 < 10 ? 2 : 1;
  return fill(t.units.km2, { n: formatNumber(locale, km2, digits) });
}
