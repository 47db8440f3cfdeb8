import { DISPLAY_TIME_ZONE, intlTag, type Locale } from '@siaga/i18n';

/**
 * The wall-clock time in WITA `seconds` after `fromMs` (to the nearest minute): when a unit leaving now arrives.
 * @example clockAfter('id', Date.parse('2026-11-29T02:00:00Z'), 600) === '10.10'
 */
export function clockAfter(locale: Locale, fromMs: number, seconds: number): string {
  return new Intl.DateTimeFormat(intlTag[locale], {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: DISPLAY_TIME_ZONE,
  }).format(new Date(Math.round((fromMs + seconds * 1000) / 60_000) * 60_000));
}
