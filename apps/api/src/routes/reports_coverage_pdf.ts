import { z } from '@hono/zod-openapi';
import { ReportPdfQuery } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import type { NetworkService } from '../network/network_service.ts';
import { errors } from '../openapi/responses.ts';
import { coverageReport } from '../reports/coverage_report.ts';
import { reportPdf } from '../reports/pdf/report_pdf.ts';
import { defineRoute, registerRoute } from './define_route.ts';

export const getReportsCoveragePdf = defineRoute('read', {
  method: 'get',
  path: '/api/reports/coverage.pdf',
  tags: ['Reports'],
  summary: 'The coverage report as PDF (Bahasa Indonesia, or English), made on the server',
  description:
    'Title page with date, data sources and methods, the summary, the tables, charts and a travel-time map ' +
    'per kecamatan, from the same figures as /api/reports/coverage; fonts embedded, page numbers.',
  request: { query: ReportPdfQuery },
  responses: {
    200: {
      description: 'The PDF',
      content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } },
    },
    ...errors(400, 404, 500, 503),
  },
});

export function registerReportsCoveragePdf(app: ApiApp, network: NetworkService): void {
  registerRoute(app, getReportsCoveragePdf, async (c) => {
    const { lang, profile, scenario } = c.req.valid('query');
    const { report, adminAreas } = await coverageReport(c.var.database.db, network, {
      profile,
      scenario,
      layers: false,
    });
    const bytes = await reportPdf(report, adminAreas, lang);
    c.header('Content-Type', 'application/pdf');
    c.header('Content-Disposition', `attachment; filename="siaga-laporan-cakupan-${lang}.pdf"`);
    return c.body(bytes.slice().buffer, 200);
  });
}
