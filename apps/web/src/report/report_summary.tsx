import { fill, summaryText } from '@siaga/i18n';
import type { CoverageReport } from '@siaga/schema';
import { useI18n } from '../i18n/use_i18n.ts';
import { ScenarioComparison } from './report_scenario_table.tsx';

/** The kabupaten summary: the 15-minute standard and WMK side by side, posts per 30,000 people. */
export function ReportSummary({ report }: { report: CoverageReport }) {
  const { t, locale } = useI18n();
  const s = report.summary;
  const text = summaryText(s, report.standardMin, locale);
  return (
    <>
      <table className="report-table report-summary" data-testid="report-summary">
        <thead>
          <tr>
            {text.headings.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {text.rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td>{r.travel}</td>
              <td>{r.wmk}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <strong>{text.postsPer30k.label}:</strong> {text.postsPer30k.value}
      </p>
      <p>{text.noRoad}</p>
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
