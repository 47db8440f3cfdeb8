import { fill, formatDateTime, formatDuration, formatNumber } from '@siaga/i18n';
import type { Assignment, IncidentFeature, Unit } from '@siaga/schema';
import { createPortal } from 'react-dom';
import { useI18n } from '../../i18n/use_i18n.ts';
import { rankColor } from '../../map/palette.ts';
import { shownValue } from '../../store/async_result.ts';
import { featuresOf } from '../../store/data_slice.ts';
import { useAppState } from '../../store/store_context.tsx';
import { useAreaLabel } from '../../study_area/use_area_label.ts';
import type { RankedRoute } from '../../worker/protocol.ts';
import { useAreaNames, useFacilityNames } from '../incidents/area_names.ts';
import { formatDistance } from '../route_list.tsx';
import { routeSketch } from './route_sketch.ts';

const MAP = { width: 640, height: 360 };

/** The routes the sheet draws: those of the posts units were sent from, else every ranked post route. */
function sheetRoutes(routes: readonly RankedRoute[], assignments: readonly Assignment[]): RankedRoute[] {
  const sentFrom = new Set(
    assignments.filter((a) => a.status !== 'cleared').map((a) => a.postId ?? a.cacheId),
  );
  const sent = routes.filter((r) => sentFrom.has(r.facility.properties.id));
  return sent.length > 0 ? sent : [...routes];
}

function RouteMap({ routes, incident }: { routes: readonly RankedRoute[]; incident: IncidentFeature }) {
  const { t } = useI18n();
  const names = useFacilityNames();
  const roads = useAppState((s) => featuresOf(s.datasets, 'roads'));
  const [lon, lat] = incident.geometry.coordinates;
  const sketch = routeSketch(
    routes.map((r) => ({ id: r.facility.properties.id, line: r.route.coordinates })),
    [lon, lat],
    MAP.width,
    MAP.height,
    28,
    roads.map((r) => r.geometry.coordinates),
  );
  return (
    <figure className="print-sheet__map">
      <svg viewBox={`0 0 ${MAP.width} ${MAP.height}`} role="img" aria-label={t.incidentPanel.routeMap}>
        <rect width={MAP.width} height={MAP.height} fill="#ffffff" stroke="#888888" />
        {sketch.context.map((d, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: background lines, redrawn whole
          <path key={i} d={d} fill="none" stroke="#c8c8c8" strokeWidth={1} />
        ))}
        {sketch.paths.map((p, i) => (
          <g key={p.id}>
            <path d={p.d} fill="none" stroke={rankColor(i + 1)} strokeWidth={3} />
            <circle cx={p.start.x} cy={p.start.y} r={5} fill={rankColor(i + 1)} />
            <text x={p.start.x + 7} y={p.start.y - 7} fontSize={12}>
              {names.get(p.id) ?? p.id}
            </text>
          </g>
        ))}
        <circle
          cx={sketch.incident.x}
          cy={sketch.incident.y}
          r={8}
          fill="none"
          stroke="#c92a2a"
          strokeWidth={3}
        />
      </svg>
      <figcaption>{t.incidentPanel.routeLegend}</figcaption>
    </figure>
  );
}

/**
 * The one-page dispatch sheet, printed by the browser's print command: the incident, a sketch map of the
 * routes, each route's directions and the contacts. It sits outside the app's root, hidden on screen; the print
 * stylesheet shows only it.
 */
export function PrintSheet({
  incident,
  assignments,
  units,
}: {
  incident: IncidentFeature;
  assignments: readonly Assignment[];
  units: readonly Unit[];
}) {
  const { t, locale } = useI18n();
  const area = useAreaLabel();
  const areas = useAreaNames();
  const names = useFacilityNames();
  const user = useAppState((s) => (s.auth.status === 'known' ? s.auth.user : null));
  const answer = shownValue(useAppState((s) => s.closest))?.answer;
  const routes = sheetRoutes(answer?.posts?.results ?? [], assignments);
  const p = incident.properties;
  const [lon, lat] = incident.geometry.coordinates;
  const place = [
    p.desaCode ? areas.desa.get(p.desaCode) : null,
    p.kecamatanCode ? areas.kecamatan.get(p.kecamatanCode) : null,
  ]
    .filter(Boolean)
    .join(', ');
  const sent = assignments.filter((a) => a.status !== 'cleared' && a.kind === 'unit');
  return createPortal(
    <article className="print-sheet" data-testid="print-sheet" lang={locale}>
      <header>
        <p className="print-sheet__kicker">
          {t.incidentPanel.sheetTitle} · {area.title}
        </p>
        <h1>{p.title}</h1>
        <p>
          {t.enums.incidentType[p.incidentType]} · {t.enums.incidentStatus[p.status]} ·{' '}
          {t.incident.reportedAt} {formatDateTime(locale, t, p.reportedAt)}
        </p>
        <p>
          {place || t.incidentPanel.unknownPlace} · {formatNumber(locale, lat, 5)},{' '}
          {formatNumber(locale, lon, 5)}
          {p.peopleAffected !== null && (
            <>
              {' '}
              · {t.incident.peopleAffected}: {formatNumber(locale, p.peopleAffected)}
            </>
          )}
        </p>
      </header>
      <RouteMap routes={routes} incident={incident} />
      <section className="print-sheet__routes">
        {routes.length === 0 && <p>{t.incidentPanel.noRoute}</p>}
        {routes.map((r) => (
          <div key={r.facility.properties.id}>
            <h2>
              {fill(t.incidentPanel.directionsFrom, { post: names.get(r.facility.properties.id) ?? '' })} ·{' '}
              {formatDuration(locale, t, Math.round(r.etaS))} · {formatDistance(locale, t, r.distanceM)}
            </h2>
            <ol>
              {r.steps.map((s, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: steps have no id; their order is the route
                <li key={i}>
                  {s.kind === 'off_network'
                    ? t.dispatch.offNetworkStep
                    : [s.name ?? t.dispatch.unnamedRoad, s.ref].filter(Boolean).join(' · ')}{' '}
                  ({formatDistance(locale, t, s.distanceM)})
                </li>
              ))}
            </ol>
          </div>
        ))}
      </section>
      <section className="print-sheet__contacts">
        <h2>{t.incidentPanel.contacts}</h2>
        <ul>
          {(p.reporterName || p.reporterPhone) && (
            <li>
              {t.incidentPanel.reporter}: {[p.reporterName, p.reporterPhone].filter(Boolean).join(', ')}
            </li>
          )}
          {sent.map((a) => (
            <li key={a.id}>
              {units.find((u) => u.id === a.unitId)?.callSign ?? a.unitId} ·{' '}
              {a.postId ? names.get(a.postId) : ''}
            </li>
          ))}
        </ul>
      </section>
      <footer>
        {fill(t.incidentPanel.sheetPrinted, {
          time: formatDateTime(locale, t, new Date().toISOString()),
          user: user?.name ?? '—',
        })}
      </footer>
    </article>,
    document.body,
  );
}
