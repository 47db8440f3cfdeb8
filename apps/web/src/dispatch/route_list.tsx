import type { Catalogue } from '@siaga/i18n';
import { fill, formatDuration, formatNumber, type Locale } from '@siaga/i18n';
import { useI18n } from '../i18n/use_i18n.ts';
import { rankColor } from '../map/palette.ts';
import type { RankedRoute } from '../worker/protocol.ts';

export function formatDistance(locale: Locale, t: Catalogue, m: number): string {
  return m < 1000
    ? fill(t.units.metres, { n: formatNumber(locale, Math.round(m / 10) * 10) })
    : fill(t.units.km, { n: formatNumber(locale, m / 1000, 1) });
}

/** Whole seconds, so "4 menit 7 detik" rather than a fraction. */
function duration(locale: Locale, t: Catalogue, s: number): string {
  return formatDuration(locale, t, Math.round(s));
}

function Steps({ route }: { route: RankedRoute }) {
  const { t, locale } = useI18n();
  return (
    <details className="steps">
      <summary>{t.dispatch.steps}</summary>
      <ol>
        {route.steps.map((s, i) => {
          const road =
            s.kind === 'off_network'
              ? t.dispatch.offNetworkStep
              : [s.name ?? t.dispatch.unnamedRoad, s.ref].filter(Boolean).join(' · ');
          return (
            // Steps have no id of their own; their order is the route.
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole for every answer
            <li key={i} data-kind={s.kind}>
              <span className="steps__road">{road}</span>
              <span className="steps__meta">
                {formatDistance(locale, t, s.distanceM)} ·{' '}
                {fill(t.dispatch.stepAt, { time: duration(locale, t, s.cumulativeS) })}
              </span>
            </li>
          );
        })}
      </ol>
    </details>
  );
}

/** Ranked routes to the incident: ETA (turnout + travel), the off-road leg when there is one, distance, directions. */
export function RouteList({
  routes,
  nameOf,
  kind,
}: {
  routes: RankedRoute[];
  nameOf(id: string): string;
  kind: 'post' | 'cache';
}) {
  const { t, locale } = useI18n();
  if (routes.length === 0) return <p className="muted">{t.dispatch.none}</p>;
  return (
    <ol className="route-list" data-kind={kind}>
      {routes.map((r) => (
        <li
          key={r.facility.properties.id}
          data-testid={`route-${kind}`}
          data-eta-s={Math.round(r.etaS)}
          data-facility={r.facility.properties.id}
        >
          <div className="route-list__head">
            <span className="rank" style={{ background: rankColor(r.rank) }} data-dashed={kind === 'cache'}>
              {r.rank}
            </span>
            <strong>{nameOf(r.facility.properties.id)}</strong>
          </div>
          <div className="route-list__eta">
            {fill(t.dispatch.eta, { time: duration(locale, t, r.etaS) })}
            <span className="muted">
              {' · '}
              {fill(t.dispatch.distance, { distance: formatDistance(locale, t, r.distanceM) })}
            </span>
          </div>
          <div className="muted">
            {fill(t.dispatch.etaSplit, {
              turnout: duration(locale, t, r.turnoutS),
              travel: duration(locale, t, r.travelS),
            })}
          </div>
          {r.offNetworkM > 0 && (
            <div className="warning">
              {fill(t.dispatch.offRoad, {
                distance: formatDistance(locale, t, r.offNetworkM),
                time: duration(locale, t, r.offNetworkS),
              })}
            </div>
          )}
          <Steps route={r} />
        </li>
      ))}
    </ol>
  );
}
