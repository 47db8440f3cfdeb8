/** Interface times are WITA (Asia/Makassar, UTC+8, no daylight saving), whatever the browser's own zone. */
export const WITA_OFFSET_MINUTES = 480;

/**
 * An ISO time as the value of a `datetime-local` input in WITA.
 * @example witaInputValue('2026-11-29T02:05:00Z') === '2026-11-29T10:05'
 */
export function witaInputValue(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  return new Date(ms + WITA_OFFSET_MINUTES * 60_000).toISOString().slice(0, 16);
}

/**
 * A `datetime-local` value read as WITA, as an ISO time with its offset; '' stays '' (the schema says what is
 * missing), anything else unreadable is passed on for the schema to refuse.
 * @example isoFromWitaInput('2026-11-29T10:05') === '2026-11-29T10:05:00+08:00'
 */
export function isoFromWitaInput(value: string): string {
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v)) return `${v}:00+08:00`;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(v)) return `${v}+08:00`;
  return v;
}
