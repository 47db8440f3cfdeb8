import { formatNumber } from '@siaga/i18n';
import { useI18n } from '../i18n/use_i18n.ts';
import type { CoverageModeKey } from '../store/planner_slice.ts';
import type { CoverageSummary } from '../worker/protocol.ts';
import { formatDelta, formatShare } from './format_share.ts';

/** Population covered per kecamatan at the shown threshold, with the change candidates bring. */
export function KecamatanTable({
  scenario,
  baseline,
  mode,
  levelIndex,
}: {
  scenario: CoverageSummary;
  baseline: CoverageSummary | null;
  mode: CoverageModeKey;
  levelIndex: number;
}) {
  const { t, locale } = useI18n();
  const base = new Map((baseline?.[mode].kecamatan ?? []).map((k) => [k.code, k]));
  const rows = [...scenario[mode].kecamatan].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <table className="kpi-table kecamatan-table" data-testid="kecamatan-table">
      <thead>
        <tr>
          <th scope="col">{t.planner.kecamatan}</th>
          <th scope="col">{t.planner.population}</th>
          <th scope="col">{t.planner.share}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((k) => {
          const share = k.coveredShare[levelIndex] ?? 0;
          const b = base.get(k.code)?.coveredShare[levelIndex];
          const delta = b === undefined ? null : (share - b) * 100;
          return (
            <tr key={k.code}>
              <th scope="row">{k.name}</th>
              <td>{formatNumber(locale, k.population)}</td>
              <td>
                <span className="share-bar" style={{ ['--share' as string]: `${share * 100}%` }}>
                  {formatShare(locale, t, share)}
                </span>
                {delta !== null && Math.abs(delta) >= 0.05 && (
                  <span className="delta" data-good={delta > 0}>
                    {formatDelta(locale, t, delta)}
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
