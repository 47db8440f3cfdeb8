import type { Catalogue } from '@siaga/i18n';
import { fill, formatDuration, formatNumber, type Locale } from '@siaga/i18n';
import { useI18n } from '../i18n/use_i18n.ts';
import { rankColor } from '../map/palette.ts';
import { focusedRoute, routeId } from '../store/route_focus_slice.ts';
import { useAppState } from '../store/store_context.tsx';
import type { RankedRoute } from '../worker/protocol.ts';
import { arrivalClock, directionLines, formatDistance } from './directions_text.ts';
import { useNow } from './use_now.ts';
import './route_cards.css';

export { formatDistance } from './directions_text.ts';

/** Whole seconds, so "4 menit 7 detik" rather than a fraction. */
function duration(locale: Locale, t: Catalogue, s: number): string {
  return formatDuration(locale, t, Math.round(s));
}

function Steps({ route, clock }: { route: RankedRoute; clock: string }) {
  const { t, locale } = useI18n();
  const lines = directionLines(locale, t, route.steps);
  return (
    <details className="steps">
      <summary>
        {t.dispatch.steps}
        <span className="muted">
          {' '}
          · {fill(t.directions.steps, { n: formatNumber(locale, lines.length) })}
        </span>
      </summary>
      <ol>
        {lines.map((line, i) => {
          const step = route.steps[i];
          return (
            // Steps have no id of their own; their order is the route.
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole for every answer
            <li key={i} data-kind={step?.kind} data-maneuver={line.maneuver} data-testid="route-step">
              <span className="steps__road">{line.action}</span>
              <span className="steps__meta">
                {line.follow} ·{' '}
                {fill(t.dispatch.stepAt, { time: duration(locale, t, step?.cumulativeS ?? 0) })}
              </span>
            </li>
          );
        })}
        <li data-maneuver="arrive" className="steps__arrival">
          <span className="steps__road">{t.directions.arrival}</span>
          <span className="steps__meta">{clock}</span>
        </li>
      </ol>
    </details>
  );
}

/** A cache's ready units of what was asked, against the request. */
function Ready({ route }: { route: RankedRoute }) {
  const { t, locale } = useI18n();
  if (!('ready' in route) || route.ready.length === 0) return null;
  return (
    <ul className="route-list__ready">
      {route.ready.map((r) => (
        <li key={r.itemType} data-testid="cache-ready" data-short={r.ready < r.requested}>
          {fill(t.directions.ready, {
            ready: formatNumber(locale, r.ready),
            requested: formatNumber(locale, r.requested),
            item: t.enums.itemType[r.itemType],
          })}
        </li>
      ))}
    </ul>
  );
}

/**
 * Ranked routes to the incident: ETA as a duration and as a clock time (WITA), the off-road leg when there is one,
 * distance, ready stock for caches, turn-by-turn directions. Pointing at or focusing a card brings its route
 * forward on the map (the others dim); clicking its title keeps it there.
 */
export function RouteList({
  routes,
  nameOf,
  kind,
  empty,
}: {
  routes: RankedRoute[];
  nameOf(id: string): string;
  kind: 'post' | 'cache';
  /** Said when there are no routes; by default "nothing reachable by road". */
  empty?: string;
}) {
  const { t, locale } = useI18n();
  const now = useNow();
  const focus = useAppState(focusedRoute);
  const selected = useAppState((s) => s.routeSelected);
  const hoverRoute = useAppState((s) => s.hoverRoute);
  const toggleRoute = useAppState((s) => s.toggleRoute);
  if (routes.length === 0) return <p className="muted">{empty ?? t.dispatch.none}</p>;
  return (
    <ol className="route-list" data-kind={kind}>
      {routes.map((r) => {
        const id = routeId(kind, r.facility.properties.id);
        const clock = arrivalClock(locale, t, now, r.etaS);
        return (
          <li
            key={r.facility.properties.id}
            data-testid={`route-${kind}`}
            data-eta-s={Math.round(r.etaS)}
            data-facility={r.facility.properties.id}
            data-route-id={id}
            data-focus={focus === id}
            data-dim={focus !== null && focus !== id}
            onMouseEnter={() => hoverRoute(id)}
            onMouseLeave={() => hoverRoute(null)}
            onFocus={() => hoverRoute(id)}
            onBlur={() => hoverRoute(null)}
          >
            <div className="route-list__head">
              <span className="rank" style={{ background: rankColor(r.rank) }} data-dashed={kind === 'cache'}>
                {r.rank}
              </span>
              <button
                type="button"
                className="route-list__name"
                aria-pressed={selected === id}
                title={t.directions.highlight}
                onClick={() => toggleRoute(id)}
              >
                {nameOf(r.facility.properties.id)}
              </button>
            </div>
            <div
              className="route-list__eta"
              title={fill(t.directions.etaTitle, { duration: duration(locale, t, r.etaS), clock })}
            >
              {fill(t.dispatch.eta, { time: duration(locale, t, r.etaS) })}
              <span className="route-list__clock" data-testid="eta-clock">
                {' · '}
                {fill(t.directions.etaClock, { clock })}
              </span>
            </div>
            <div className="muted">
              {fill(t.dispatch.distance, { distance: formatDistance(locale, t, r.distanceM) })}
              {' · '}
              {fill(t.dispatch.etaSplit, {
                turnout: duration(locale, t, r.turnoutS),
                travel: duration(locale, t, r.travelS),
              })}
            </div>
            <Ready route={r} />
            {r.offNetworkM > 0 && (
              <div className="warning">
                {fill(t.dispatch.offRoad, {
                  distance: formatDistance(locale, t, r.offNetworkM),
                  time: duration(locale, t, r.offNetworkS),
                })}
              </div>
            )}
            <Steps route={r} clock={clock} />
          </li>
        );
      })}
    </ol>
  );
}
