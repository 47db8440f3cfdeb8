import type { Catalogue } from '@siaga/i18n';
import { fill, formatNumber, type Locale } from '@siaga/i18n';

/** A 0..1 share as "74,5 %". */
export function formatShare(locale: Locale, t: Catalogue, share: number): string {
  return fill(t.units.percent, { n: formatNumber(locale, share * 100, 1) });
}

/** A change in percentage points as "+1,2 %" / "−0,4 %"; "±0 %" when it rounds to nothing. */
export function formatDelta(locale: Locale, t: Catalogue, points: number): string {
  const rounded = Math.round(points * 10) / 10;
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '±';
  return `${sign}${fill(t.units.percent, { n: formatNumber(locale, Math.abs(rounded), 1) })}`;
}

/** A change in people as "+1.234" / "−56". */
export function formatCountDelta(locale: Locale, n: number): string {
  const rounded = Math.round(n);
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '±';
  return `${sign}${formatNumber(locale, Math.abs(rounded))}`;
}
