import { fill, scenarioRows } from '@siaga/i18n';
import type { ReportScenario } from '@siaga/schema';
import { useI18n } from '../i18n/use_i18n.ts';

/** The summary's comparison rows: today, the scenario and the change, for each standard and posts per 30,000. */
export function ScenarioComparison({
  scenario,
  standardMin,
}: {
  scenario: ReportScenario;
  standardMin: number;
}) {
  const { t, locale } = useI18n();
  return (
    <>
      <h3>{fill(t.report.scenarioTitle, { name: scenario.name })}</h3>
      <table className="report-table report-summary" data-testid="report-scenario-summary">
        <thead>
          <tr>
            <th scope="col">{t.report.summary.figure}</th>
            <th scope="col">{t.report.scenarioToday}</th>
            <th scope="col">{t.report.scenarioFigures}</th>
            <th scope="col">{t.report.scenarioChange}</th>
          </tr>
        </thead>
        <tbody>
          {scenarioRows(scenario, standardMin, locale).map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td>{r.today}</td>
              <td>{r.scenario}</td>
              <td>{r.change}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
