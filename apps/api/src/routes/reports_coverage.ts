import { CoverageReport, ReportQuery } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import type { NetworkService } from '../network/network_service.ts';
import { errors, json } from '../openapi/responses.ts';
import { coverageReport } from '../reports/coverage_report.ts';
import { defineRoute, registerRoute } from './define_route.ts';

export const getReportsCoverage = defineRoute('read', {
  method: 'get',
  path: '/api/reports/coverage',
  tags: ['Reports'],
  summary: "The officials' coverage report: kabupaten summary, kecamatan, desa and equipment tables",
  description:
    'Operational posts against the 15-minute standard (turnout included) and the WMK rule, computed by the ' +
    'routing engine on the stored data; every figure names its method and data sources. The CSV, GeoJSON and ' +
    'PDF exports are built from the same figures.',
  request: { query: ReportQuery },
  responses: {
    200: { description: 'The report', content: json(CoverageReport) },
    ...errors(400, 404, 500, 503),
  },
});

export function registerReportsCoverage(app: ApiApp, network: NetworkService): void {
  registerRoute(app, getReportsCoverage, async (c) => {
    const { profile, scenario } = c.req.valid('query');
    const { report } = await coverageReport(c.var.database.db, network, { profile, scenario, layers: false });
    return c.json(report, 200);
  });
}
