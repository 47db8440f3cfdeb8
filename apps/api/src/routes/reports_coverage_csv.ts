import { z } from '@hono/zod-openapi';
import { ReportCsvQuery } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import type { NetworkService } from '../network/network_service.ts';
import { errors } from '../openapi/responses.ts';
import { coverageReport } from '../reports/coverage_report.ts';
import { reportCsv } from '../reports/report_csv.ts';
import { defineRoute, registerRoute } from './define_route.ts';

export const getReportsCoverageCsv = defineRoute('read', {
  method: 'get',
  path: '/api/reports/coverage.csv',
  tags: ['Reports'],
  summary: 'One table of the coverage report as CSV (UTF-8 with BOM), headers in Indonesian or English',
  request: { query: ReportCsvQuery },
  responses: {
    200: {
      description: 'One line per kecamatan, desa or equipment item',
      content: { 'text/csv': { schema: z.string() } },
    },
    ...errors(400, 404, 500, 503),
  },
});

export function registerReportsCoverageCsv(app: ApiApp, network: NetworkService): void {
  registerRoute(app, getReportsCoverageCsv, async (c) => {
    const { level, lang, profile, scenario } = c.req.valid('query');
    const { report } = await coverageReport(c.var.database.db, network, { profile, scenario, layers: false });
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="siaga-cakupan-${level}-${lang}.csv"`);
    return c.body(reportCsv(report, level, lang), 200);
  });
}
