import { z } from '@hono/zod-openapi';
import { ReportGeoJsonQuery } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import type { NetworkService } from '../network/network_service.ts';
import { errors } from '../openapi/responses.ts';
import { coverageReport } from '../reports/coverage_report.ts';
import { reportGeoJson } from '../reports/report_geojson.ts';
import { defineRoute, registerRoute } from './define_route.ts';

export const getReportsCoverageGeoJson = defineRoute('read', {
  method: 'get',
  path: '/api/reports/coverage.geojson',
  tags: ['Reports'],
  summary: "The coverage report's map layers as GeoJSON: land by travel-time band, or the gaps",
  description:
    '`coverage`: one MultiPolygon per travel-time band (minutes, turnout included; the last band is beyond ' +
    '60 minutes). `gaps`: land beyond the 15-minute standard and land outside the WMK rule. Traced from the ' +
    "same grid cells as the report's figures.",
  request: { query: ReportGeoJsonQuery },
  responses: {
    200: {
      description: 'A FeatureCollection',
      content: {
        'application/geo+json': {
          schema: z.looseObject({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) }),
        },
      },
    },
    ...errors(400, 500, 503),
  },
});

export function registerReportsCoverageGeoJson(app: ApiApp, network: NetworkService): void {
  registerRoute(app, getReportsCoverageGeoJson, async (c) => {
    const { layer, profile } = c.req.valid('query');
    const { report, layers } = await coverageReport(c.var.database.db, network, { profile, layers: true });
    c.header('Content-Type', 'application/geo+json; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="siaga-cakupan-${layer}.geojson"`);
    return c.json(reportGeoJson(report, layers, layer), 200);
  });
}
