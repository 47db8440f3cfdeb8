import { fill, formatNumber } from '@siaga/i18n';
import { ItemType } from '@siaga/schema';
import { AnswerStatus } from '../components/engine_status.tsx';
import { ProfileSelect } from '../components/profile_select.tsx';
import { ToolButton } from '../components/tool_button.tsx';
import { useI18n } from '../i18n/use_i18n.ts';
import { shownValue } from '../store/async_result.ts';
import { useAppState } from '../store/store_context.tsx';
import { CacheResults, CutOffNotice } from './cache_results.tsx';
import { ClosureList } from './closure_list.tsx';
import { useFacilityNames } from './incidents/area_names.ts';
import { IncidentDesk } from './incidents/incident_desk.tsx';
import { RequirementInput } from './requirement_input.tsx';
import { formatDistance, RouteList } from './route_list.tsx';

/** Routing settings; the cache item filter moves into the item picker while an incident is open. */
function Settings({ withItem }: { withItem: boolean }) {
  const { t } = useI18n();
  const d = useAppState((s) => s.dispatch);
  const set = useAppState((s) => s.setDispatch);
  return (
    <section className="panel-section">
      <div className="field-row">
        <label className="field">
          <span>{t.dispatch.k}</span>
          <select value={d.k} onChange={(e) => set({ k: Number(e.currentTarget.value) })}>
            {[1, 2, 3, 4, 5, 6, 8, 10].map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <ProfileSelect
          label={t.dispatch.profile}
          value={d.profile}
          onChange={(profile) => set({ profile })}
        />
      </div>
      {withItem && (
        <div className="field-row">
          <label className="field">
            <span>{t.dispatch.itemFilter}</span>
            <select
              value={d.item?.itemType ?? ''}
              data-testid="item-type"
              onChange={(e) => {
                const v = e.currentTarget.value;
                set({
                  item:
                    v === ''
                      ? null
                      : { itemType: ItemType.parse(v), minAvailable: d.item?.minAvailable ?? 1 },
                });
              }}
            >
              <option value="">{t.dispatch.anyItem}</option>
              {ItemType.options.map((i) => (
                <option key={i} value={i}>
                  {t.enums.itemType[i]}
                </option>
              ))}
            </select>
          </label>
          <label className="field field--narrow">
            <span>{t.dispatch.minAvailable}</span>
            <input
              type="number"
              min={1}
              max={999}
              value={d.item?.minAvailable ?? 1}
              disabled={d.item === null}
              data-testid="item-min"
              onChange={(e) => {
                const n = Math.max(1, Math.min(999, Math.round(Number(e.currentTarget.value) || 1)));
                if (d.item) set({ item: { ...d.item, minAvailable: n } });
              }}
            />
          </label>
        </div>
      )}
    </section>
  );
}

function Closures() {
  const { t } = useI18n();
  const miss = useAppState((s) => s.closureMiss);
  return (
    <section className="panel-section">
      <h2>{t.dispatch.closures}</h2>
      <ToolButton tool="closure" off="select" danger testId="add-closure">
        {(on) => (on ? t.dispatch.addingClosure : t.dispatch.addClosure)}
      </ToolButton>
      <p className="hint-inline">{t.dispatch.closureHelp}</p>
      {miss && (
        <p className="warning" role="status" data-testid="closure-miss">
          {t.directions.closureMiss}
        </p>
      )}
      <ClosureList />
    </section>
  );
}

export function DispatchPanel() {
  const { t, locale } = useI18n();
  const incident = useAppState((s) => s.dispatch.incident);
  const desk = useAppState((s) => s.desk);
  const closest = useAppState((s) => s.closest);
  const shown = shownValue(closest);
  const answer = shown?.answer;
  const names = useFacilityNames();
  const nameOf = (id: string) => names.get(id) ?? id;
  const item = useAppState((s) => s.dispatch.item);
  const itemAsked = item === null ? null : { itemType: item.itemType, quantity: item.minAvailable };
  const unreachable = [...(answer?.posts?.notRouted ?? []), ...(answer?.caches?.notRouted ?? [])].filter(
    (n) => n.reason !== 'incident_off_network',
  );
  return (
    <div className="dispatch" data-testid="dispatch-panel">
      {!incident && <p className="hint">{t.dispatch.hint}</p>}
      <IncidentDesk />
      <Settings withItem={desk.kind !== 'incident'} />
      <RequirementInput />
      <Closures />
      {incident && (
        <section className="panel-section" data-testid="closest-results" data-status={closest.status}>
          <AnswerStatus
            status={closest.status}
            ms={shown?.ms ?? null}
            error={closest.status === 'error' ? closest.message : null}
            testId="closest-status"
          />
          {answer && answer.incident.offNetworkM === null && (
            <p className="warning">{t.dispatch.incidentUnreachable}</p>
          )}
          {answer?.incident.nearestRoadIsIsland && (
            <p className="muted" data-testid="nearest-island">
              {t.dispatch.nearestRoadIsIsland}
            </p>
          )}
          {answer && answer.incident.offNetworkM !== null && answer.incident.offNetworkM > 0 && (
            <p className="muted">
              {fill(t.dispatch.incidentOffRoad, {
                distance: formatDistance(locale, t, answer.incident.offNetworkM),
              })}
            </p>
          )}
          {answer && (
            <>
              <CutOffNotice answer={answer} />
              <h2>{t.dispatch.nearestPosts}</h2>
              <RouteList routes={answer.posts?.results ?? []} nameOf={nameOf} kind="post" />
              <h2>{t.dispatch.nearestCaches}</h2>
              <p className="muted">
                {fill(t.dispatch.cachesConsidered, {
                  n: formatNumber(locale, answer.caches?.considered ?? 0),
                })}
              </p>
              <CacheResults answer={answer} nameOf={nameOf} item={itemAsked} />
              {unreachable.length > 0 && (
                <details className="not-routed">
                  <summary>
                    {fill(t.dispatch.notRouted, { n: formatNumber(locale, unreachable.length) })}
                  </summary>
                  <ul>
                    {unreachable.map((n) => (
                      <li key={n.id}>
                        {nameOf(n.id)}
                        <span className="muted"> — {t.enums.notRoutedReason[n.reason]}</span>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </>
          )}
        </section>
      )}
    </div>
  );
}
