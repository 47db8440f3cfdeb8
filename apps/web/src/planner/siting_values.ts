import { type Catalogue, fill, formatDuration, formatNumber, type Locale } from '@siaga/i18n';
import type { SitingResponse } from '@siaga/schema';

/** A siting value as the planner reads it: people, a price, a duration or metres, by the model and unit. */
export function formatSitingValue(
  locale: Locale,
  t: Catalogue,
  answer: Pick<SitingResponse, 'objective' | 'unit'>,
  value: number | null,
): string {
  if (value === null) return '–';
  switch (answer.objective) {
    case 'mclp':
      return formatNumber(locale, value);
    case 'lscp':
      return formatNumber(locale, value, 2);
    case 'pCenter':
    case 'pMedian':
      return formatCost(locale, t, answer.unit, value);
    default:
      return answer.objective satisfies never;
  }
}

/** Seconds as a duration, metres as metres. */
export function formatCost(
  locale: Locale,
  t: Catalogue,
  unit: SitingResponse['unit'],
  value: number,
): string {
  return unit === 'seconds'
    ? formatDuration(locale, t, Math.round(value))
    : fill(t.units.metres, { n: formatNumber(locale, value) });
}

/** A relative gap as a percentage. */
export function formatGap(locale: Locale, t: Catalogue, gap: number | null): string {
  return gap === null ? '–' : fill(t.units.percent, { n: formatNumber(locale, gap * 100, 2) });
}

/** A computing time in milliseconds or seconds. */
export function formatMs(locale: Locale, t: Catalogue, ms: number): string {
  return ms < 1_000
    ? `${formatNumber(locale, ms)} ms`
    : fill(t.units.seconds, { n: formatNumber(locale, ms / 1_000, 1) });
}
