import './report.css';
import { areaLabel, fill, formatDateTime } from '@siaga/i18n';
import { type CoverageReport, REPORT_LAYERS, REPORT_TABLES, RoutingProfile } from '@siaga/schema';
import { ApiError } from '../api/api_error.ts';
import { describeApiError } from '../api/describe_api_error.ts';
import { useI18n } from '../i18n/use_i18n.ts';
import { useAppState } from '../store/store_context.tsx';
import { BandChart, CoverageChart } from './report_charts.tsx';
import { type ReportRoute, reportQuery } from './report_route.ts';
import { ScenarioSelect } from './report_scenario.tsx';
import { Method, ReportSummary } from './report_summary.tsx';
import { ReportTable } from './report_table.tsx';
import { useCoverageReport } from './use_coverage_report.ts';
import { useReportRoute } from './use_report_route.ts';

/**
 * The officials' coverage report over the map while its tab is chosen: computed by the server, shown as on paper,
 * exported as PDF and CSV. Always mounted, so opening a `#report` URL chooses the tab.
 */
export function ReportPage() {
  const panel = useAppState((s) => s.panel);
  const [route, setRoute] = useReportRoute();
  return panel === 'report' ? <ReportView route={route} onRoute={setRoute} /> : null;
}

function ReportView({ route, onRoute: setRoute }: { route: ReportRoute; onRoute(route: ReportRoute): void }) {
  const { t } = useI18n();
  const state = useCoverageReport(route);
  return (
    <article className="report-page" data-testid="report-page" data-state={state.status}>
      <Toolbar route={route} onRoute={setRoute} />
      {state.status === 'loading' && <p className="hint">{t.report.loading}</p>}
      {state.status === 'error' && (
        <p className="report-error" role="alert">
          {fill(t.report.failed, {
            message: state.error instanceof ApiError ? describeApiError(t, state.error) : state.error.message,
          })}
        </p>
      )}
      {state.status === 'ready' && <ReportBody report={state.report} />}
    </article>
  );
}

function Toolbar({ route, onRoute }: { route: ReportRoute; onRoute(route: ReportRoute): void }) {
  const { t, locale } = useI18n();
  const query = `${reportQuery(route)}&lang=${locale}`;
  return (
    <div className="report-toolbar">
      <label>
        {fill(t.report.profile, { profile: '' })}
        <select
          value={route.profile}
          onChange={(e) => onRoute({ ...route, profile: RoutingProfile.parse(e.target.value) })}
          data-testid="report-profile"
        >
          {RoutingProfile.unwrap().options.map((p) => (
            <option key={p} value={p}>
              {t.profiles[p]}
            </option>
          ))}
        </select>
      </label>
      <ScenarioSelect route={route} onRoute={onRoute} />
      <a className="button" href={`/api/reports/coverage.pdf?${query}`} data-testid="report-pdf" download>
        {t.report.pdf}
      </a>
      {REPORT_TABLES.map((table) => (
        <a key={table} className="button" href={`/api/reports/coverage.csv?level=${table}&${query}`} download>
          {fill(t.report.csv, { table: t.report.tables[table] })}
        </a>
      ))}
      {REPORT_LAYERS.map((layer) => (
        <a
          key={layer}
          className="button"
          href={`/api/reports/coverage.geojson?layer=${layer}&profile=${route.profile}`}
          download
        >
          GeoJSON: {t.report.layers[layer]}
        </a>
      ))}
      <button type="button" onClick={() => window.print()}>
        {t.report.print}
      </button>
    </div>
  );
}

function ReportBody({ report }: { report: CoverageReport }) {
  const { t, locale } = useI18n();
  return (
    <>
      <header className="report-title">
        <h2>{t.report.title}</h2>
        <p>
          {fill(t.report.place, {
            area: areaLabel(
              t,
              report.area.map((a) => a.name),
            ),
          })}
        </p>
        <p className="report-meta">
          {fill(t.report.generatedAt, { date: formatDateTime(locale, t, report.generatedAt) })} ·{' '}
          {fill(t.report.profile, { profile: t.profiles[report.profile] })} ·{' '}
          {fill(t.report.network, { version: report.networkVersion })}
        </p>
      </header>
      {report.demo && (
        <p className="report-demo" data-testid="report-demo">
          {t.report.demo}
        </p>
      )}
      <section>
        <h3>{t.report.sections.summary}</h3>
        <ReportSummary report={report} />
      </section>
      <section className="report-charts">
        <h3>{t.report.sections.charts}</h3>
        <CoverageChart report={report} />
        <BandChart report={report} />
      </section>
      <section>
        <h3>{t.report.sections.kecamatan}</h3>
        <ReportTable report={report} name="kecamatan" />
        <Method text={t.report.methods.travel_time} />
      </section>
      <section>
        <h3>{t.report.sections.hazards}</h3>
        <ReportTable report={report} name="hazards" />
        <Method text={t.report.methods.hazard_uncovered} />
      </section>
      <section>
        <h3>{t.report.sections.incidents}</h3>
        <ReportTable report={report} name="incidents" />
        {report.summary.incidents.withResponseTimes === 0 && (
          <p>{fill(t.report.summary.incidentsNoData, { n: report.summary.incidents.recorded })}</p>
        )}
        <Method text={t.report.methods.incident_response} />
      </section>
      <section>
        <h3>{t.report.sections.desa}</h3>
        <ReportTable report={report} name="desa" />
        <Method text={t.report.methods.nearest_post} />
        <Method text={t.report.methods.hazards_present} />
        <Method text={t.report.methods.equipment_reach} />
      </section>
      <section>
        <h3>{t.report.sections.equipment}</h3>
        <ReportTable report={report} name="equipment" />
        <Method text={t.report.methods.equipment_inspection} />
      </section>
      <section>
        <h3>{t.report.sections.sources}</h3>
        <ReportTable report={report} name="sources" />
        <h3>{t.report.sections.methods}</h3>
        <dl className="report-methods">
          {report.methods.map((m) => (
            <div key={m.id}>
              <dt>{t.report.methods[m.id]}</dt>
              <dd>{m.sources.map((s) => t.report.sources[s]).join(', ')}</dd>
            </div>
          ))}
        </dl>
      </section>
      {report.demo && <p className="report-demo report-demo--print-footer">{t.report.demo}</p>}
    </>
  );
}
