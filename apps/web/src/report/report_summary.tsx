import { fill, formatNumber } from '@siaga/i18n';
import type { CoverageReport } from '@siaga/schema';
import { useI18n } from '../i18n/use_i18n.ts';
import { ScenarioComparison } from './report_scenario_table.tsx';

/** The kabupaten summary: the 15-minute standard and WMK side by side, posts per 30,000 people. */
export function ReportSummary({ report }: { report: CoverageReport }) {
  const { t, locale } = useI18n();
  const s = report.summary;
  const n = (v: number, digits = 0) => formatNumber(locale, v, digits);
  const cell = (share: number, value: string) =>
    fill(t.report.summary.share, { share: `${n(share * 100, 1)} %`, value });
  const km2 = (v: number | null) => `${n(v ?? 0, 1)} km²`;
  const rows: [string, string, string][] = [
    [
      t.report.summary.area,
      cell(s.travel.areaShare, km2(s.travel.coveredAreaKm2)),
      cell(s.wmk.areaShare, km2(s.wmk.coveredAreaKm2)),
    ],
    [
      t.report.summary.population,
      cell(s.travel.populationShare, n(s.travel.coveredPopulation)),
      cell(s.wmk.populationShare, n(s.wmk.coveredPopulation)),
    ],
    [
      t.report.summary.desa,
      cell(s.travel.desaShare, `${s.travel.desaCovered}/${s.desaCount}`),
      cell(s.wmk.desaShare, `${s.wmk.desaCovered}/${s.desaCount}`),
    ],
  ];
  return (
    <>
      <table className="report-table report-summary" data-testid="report-summary">
        <thead>
          <tr>
            <th scope="col">{t.report.summary.figure}</th>
            <th scope="col">{fill(t.report.summary.travel, { min: report.standardMin })}</th>
            <th scope="col">
              {fill(t.report.summary.wmk, {
                radius: n(s.wmk.radiusM / 1_000, 1),
                builtUp: n(s.wmk.builtUpRadiusM / 1_000, 1),
              })}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, travel, wmk]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{travel}</td>
              <td>{wmk}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <strong>{t.report.summary.postsPer30k}:</strong>{' '}
        {fill(t.report.summary.postsValue, {
          posts: s.postsPer30k.posts,
          population: n(s.population),
          ratio: n(s.postsPer30k.perPeople, 2),
          needed: s.postsPer30k.needed,
        })}
      </p>
      <p>{fill(t.report.summary.noRoad, { population: n(s.noRoadPopulation) })}</p>
      {s.scenario && (
        <>
          <ScenarioComparison scenario={s.scenario} standardMin={report.standardMin} />
          <Method text={t.report.scenarioMethod} />
        </>
      )}
      <Method text={t.report.methods.travel_time} />
      <Method text={t.report.methods.wmk_radius} />
      <Method text={t.report.methods.posts_per_population} />
    </>
  );
}

export function Method({ text }: { text: string }) {
  const { t } = useI18n();
  return <p className="report-method">{fill(t.report.summary.method, { method: text })}</p>;
}
