import { type Catalogue, fill, formatNumber, type Locale } from '@siaga/i18n';
import type { ScenarioDocument, ScenarioSummary } from '@siaga/schema';
import { useState } from 'react';
import { useApi } from '../api/api_context.tsx';
import { useI18n } from '../i18n/use_i18n.ts';
import { shownValue } from '../store/async_result.ts';
import type { CompareSide } from '../store/scenario_slice.ts';
import { useAppState } from '../store/store_context.tsx';
import { compareRows, sameStandard } from './compare_rows.ts';
import { formatCountDelta, formatDelta, formatShare } from './format_share.ts';
import { scenarioApi } from './scenario_api.ts';

/** "≤ 15 mnt (Waktu tempuh)" or "WMK radius 7,5 km". */
function standardOf(locale: Locale, t: Catalogue, d: ScenarioDocument): string {
  const limit = d.thresholdsMin[d.levelIndex];
  return d.mode === 'travelTime' && limit !== undefined
    ? `${fill(t.planner.minutesShort, { n: formatNumber(locale, limit, 1) })} (${t.planner.modes.travelTime})`
    : t.planner.modes[d.mode];
}

/**
 * Two saved scenarios side by side: the share of people and the desa within each one's standard, for the
 * kabupaten and per kecamatan, and the map showing one of them at a time (switched with A/B): the gap layer of
 * one scenario over the other's would hide both, while flipping in place shows exactly where coverage changes.
 */
export function ScenarioCompareView({
  list,
  onError,
}: {
  list: readonly ScenarioSummary[];
  onError: (e: unknown) => void;
}) {
  const { t, locale } = useI18n();
  const api = useApi();
  const compare = useAppState((s) => s.compare);
  const startCompare = useAppState((s) => s.startCompare);
  const showSide = useAppState((s) => s.showCompareSide);
  const closeCompare = useAppState((s) => s.closeCompare);
  const [pick, setPick] = useState<Record<CompareSide, string>>({
    a: list[1]?.id ?? '',
    b: list[0]?.id ?? '',
  });
  const ids = new Set(list.map((s) => s.id));
  const valid = ids.has(pick.a) && ids.has(pick.b) && pick.a !== pick.b;
  const run = async () => {
    try {
      const [a, b] = await Promise.all([scenarioApi.get(api, pick.a), scenarioApi.get(api, pick.b)]);
      startCompare(a, b);
    } catch (e) {
      onError(e);
    }
  };
  const result = compare === null ? null : shownValue(compare.result);
  const rows =
    compare === null || result === null
      ? []
      : compareRows(
          { summary: result.a, document: compare.a.document },
          { summary: result.b, document: compare.b.document },
          t.scenarios.kabupaten,
        );
  const select = (side: CompareSide) => (
    <label className="field">
      <span>{side === 'a' ? t.scenarios.compareA : t.scenarios.compareB}</span>
      <select
        value={pick[side]}
        data-testid={`compare-${side}`}
        onChange={(e) => setPick({ ...pick, [side]: e.currentTarget.value })}
      >
        {list.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div
      className="scenario-compare"
      data-testid="scenario-compare"
      data-status={compare?.result.status ?? 'idle'}
    >
      <h3>{t.scenarios.compareHeading}</h3>
      <div className="scenario-compare__pick">
        {select('a')}
        {select('b')}
      </div>
      <div className="button-row">
        <button type="button" data-testid="compare-run" disabled={!valid} onClick={() => void run()}>
          {t.scenarios.compare}
        </button>
        {compare !== null && (
          <button type="button" className="link-button" onClick={closeCompare}>
            {t.scenarios.closeCompare}
          </button>
        )}
      </div>
      {compare !== null && compare.result.status === 'loading' && (
        <p className="muted">{t.scenarios.comparing}</p>
      )}
      {compare !== null && compare.result.status === 'error' && (
        <p className="warning">{compare.result.message}</p>
      )}
      {compare !== null && result !== null && (
        <>
          <fieldset className="field scenario-compare__map">
            <legend>{t.scenarios.mapShows}</legend>
            {(['a', 'b'] as const).map((side) => (
              <label key={side} className="check">
                <input
                  type="radio"
                  name="compare-map"
                  checked={compare.shown === side}
                  data-testid={`compare-show-${side}`}
                  onChange={() => showSide(side)}
                />
                <span className={`compare-key compare-key--${side}`}>{side.toUpperCase()}</span>{' '}
                {compare[side].name}
              </label>
            ))}
            <small>{t.scenarios.mapHelp}</small>
          </fieldset>
          {sameStandard(compare.a.document, compare.b.document) ? (
            <p className="muted">
              {fill(t.scenarios.compareStandard, { standard: standardOf(locale, t, compare.a.document) })}
            </p>
          ) : (
            <p className="warning">{t.scenarios.differentStandard}</p>
          )}
          <table className="kpi-table compare-table" data-testid="compare-table">
            <caption>
              {t.scenarios.population} · <small>{t.scenarios.desa}</small>
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.planner.kecamatan}</th>
                <th scope="col">
                  <span className="compare-key compare-key--a">A</span>
                </th>
                <th scope="col">
                  <span className="compare-key compare-key--b">B</span>
                </th>
                <th scope="col">B − A</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const delta = (r.share.b - r.share.a) * 100;
                const desa = (n: number) => `${formatNumber(locale, n)}/${formatNumber(locale, r.desaCount)}`;
                return (
                  <tr
                    key={r.code}
                    data-code={r.code}
                    className={r.code === 'kabupaten' ? 'compare-table__total' : undefined}
                  >
                    <th scope="row">{r.name}</th>
                    <td>
                      {formatShare(locale, t, r.share.a)}
                      <small>{desa(r.desa.a)}</small>
                    </td>
                    <td>
                      {formatShare(locale, t, r.share.b)}
                      <small>{desa(r.desa.b)}</small>
                    </td>
                    <td>
                      <span className="delta" data-good={Math.abs(delta) < 0.05 ? undefined : delta > 0}>
                        {formatDelta(locale, t, delta)}
                      </span>
                      <small>{formatCountDelta(locale, r.desa.b - r.desa.a)}</small>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
