import { fill, formatNumber } from '@siaga/i18n';
import { useI18n } from '../i18n/use_i18n.ts';
import type { CoverageModeKey } from '../store/planner_slice.ts';
import type { CoverageSummary } from '../worker/protocol.ts';
import { formatCountDelta, formatDelta, formatShare } from './format_share.ts';
import { kpiRows } from './kpi_rows.ts';

function Delta({ text, good }: { text: string | null; good: boolean | null }) {
  if (text === null) return null;
  return (
    <span className="delta" data-good={good === null ? 'same' : good}>
      {text}
    </span>
  );
}

/** Coverage KPIs per threshold (or for the WMK rule), each with its change against the plan without candidates. */
export function KpiTable({
  scenario,
  baseline,
  mode,
}: {
  scenario: CoverageSummary;
  baseline: CoverageSummary | null;
  mode: CoverageModeKey;
}) {
  const { t, locale } = useI18n();
  const rows = kpiRows(scenario, baseline, mode);
  const limitLabel = (limit: number) =>
    mode === 'travelTime'
      ? fill(t.planner.minutesShort, { n: formatNumber(locale, limit, 1) })
      : `${t.planner.wmkLimit} ${fill(t.units.km, { n: formatNumber(locale, limit / 1000, 1) })}`;
  const good = (d: number) => (Math.abs(d) < 0.05 ? null : d > 0);
  return (
    <>
      <table className="kpi-table" data-testid="kpi-table">
        <thead>
          <tr>
            <th scope="col">{t.planner.threshold}</th>
            <th scope="col">{t.planner.areaCovered}</th>
            <th scope="col">{t.planner.populationCovered}</th>
            <th scope="col">{t.planner.hazardCovered}</th>
            <th scope="col">{t.planner.uncovered}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.limit} data-limit={r.limit} data-population={Math.round(r.coveredPopulation)}>
              <th scope="row">{limitLabel(r.limit)}</th>
              <td>
                {formatShare(locale, t, r.areaShare)}
                <Delta
                  text={r.delta && formatDelta(locale, t, r.delta.areaShare)}
                  good={r.delta && good(r.delta.areaShare)}
                />
              </td>
              <td>
                {formatNumber(locale, r.coveredPopulation)}
                <span className="kpi-table__sub">{formatShare(locale, t, r.populationShare)}</span>
                <Delta
                  text={r.delta && formatDelta(locale, t, r.delta.populationShare)}
                  good={r.delta && good(r.delta.populationShare)}
                />
              </td>
              <td>
                {formatShare(locale, t, r.hazardShare)}
                <Delta
                  text={r.delta && formatDelta(locale, t, r.delta.hazardShare)}
                  good={r.delta && good(r.delta.hazardShare)}
                />
              </td>
              <td>
                {formatNumber(locale, r.uncoveredPopulation)}
                <Delta
                  text={r.delta && formatCountDelta(locale, r.delta.uncoveredPopulation)}
                  good={
                    r.delta &&
                    (Math.abs(r.delta.uncoveredPopulation) < 0.5 ? null : r.delta.uncoveredPopulation < 0)
                  }
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {baseline && <p className="hint-inline">{t.planner.deltaHelp}</p>}
      <details className="kpi-hazards">
        <summary>{t.planner.perHazard}</summary>
        <table className="kpi-table">
          <tbody>
            {(rows[rows.length - 1]?.hazardsByType ?? []).map((h) => (
              <tr key={h.hazardType}>
                <th scope="row">{t.enums.hazardType[h.hazardType]}</th>
                <td>
                  {formatShare(locale, t, h.share)}
                  <Delta
                    text={h.delta === null ? null : formatDelta(locale, t, h.delta)}
                    good={h.delta === null ? null : good(h.delta)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
