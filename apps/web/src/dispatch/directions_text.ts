import { type Catalogue, DISPLAY_TIME_ZONE, fill, formatNumber, intlTag, type Locale } from '@siaga/i18n';
import type { RouteStep } from '@siaga/schema';

/** "850 m" below a kilometre (to 10 m), else "1,2 km". */
export function formatDistance(locale: Locale, t: Catalogue, m: number): string {
  return m < 1000
    ? fill(t.units.metres, { n: formatNumber(locale, Math.round(m / 10) * 10) })
    : fill(t.units.km, { n: formatNumber(locale, m / 1000, 1) });
}

export interface DirectionLine {
  /** What to do: "Belok kiri ke Jl. Ahmad Yani". */
  action: string;
  /** How far until the next line: "lurus 1,2 km". */
  follow: string;
  maneuver: RouteStep['maneuver'];
}

/**
 * The directions of a route as lines of text: each step's maneuver onto its road, then the distance to the next
 * turn. A step after a roundabout says which road it leaves by; the off-road legs say where they go.
 *
 * @example directionLines('id', t, steps)[1] // { action: 'Belok kiri ke Jl. Ahmad Yani', follow: 'lurus 1,2 km' }
 */
export function directionLines(locale: Locale, t: Catalogue, steps: readonly RouteStep[]): DirectionLine[] {
  return steps.map((step, i) => {
    const road = [step.name ?? t.dispatch.unnamedRoad, step.ref].filter(Boolean).join(' · ');
    const follow = fill(t.directions.follow, { distance: formatDistance(locale, t, step.distanceM) });
    if (step.kind === 'off_network') {
      const action = step.maneuver === 'depart' ? t.directions.leaveStart : t.directions.maneuver.arrive;
      return { action, follow, maneuver: step.maneuver };
    }
    const afterRoundabout = steps[i - 1]?.maneuver === 'roundabout';
    const text = afterRoundabout ? t.directions.exitRoundabout : t.directions.maneuver[step.maneuver];
    return { action: fill(text, { road }), follow, maneuver: step.maneuver };
  });
}

/** The clock time (WITA) `seconds` after `now`, rounded up to the minute: "14.32 WITA". */
export function arrivalClock(locale: Locale, t: Catalogue, now: number, seconds: number): string {
  const at = new Date(Math.ceil((now + seconds * 1000) / 60_000) * 60_000);
  const time = new Intl.DateTimeFormat(intlTag[locale], {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: DISPLAY_TIME_ZONE,
  }).format(at);
  return fill(t.directions.clock, { time, zone: t.units.timeZone });
}
