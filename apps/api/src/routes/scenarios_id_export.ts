import { z } from '@hono/zod-openapi';
import { type SiagaDb, scenarios } from '@siaga/db';
import { ScenarioExport } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import type { NetworkService } from '../network/network_service.ts';
import { errors, json, memberErrors } from '../openapi/responses.ts';
import { scenarioCsv, scenarioExport } from '../scenarios/scenario_export.ts';
import { scenarioFigures } from '../scenarios/scenario_figures.ts';
import { scenarioNotFound } from '../scenarios/scenario_not_found.ts';
import { IdParams } from '../schemas/params.ts';
import { defineRoute, registerRoute } from './define_route.ts';

const figuresNote =
  "Figures are computed now, on today's road network and posts, at the scenario's standard (its shown threshold " +
  'or the WMK rule): population and desa within it, for the kabupaten and per kecamatan.';

export const exportScenarioGeoJson = defineRoute('read', {
  method: 'get',
  path: '/api/scenarios/{id}/export.geojson',
  tags: ['Planning'],
  summary: 'The scenario as GeoJSON: candidates, moved and switched-off posts, with its figures',
  description: figuresNote,
  request: { params: IdParams },
  responses: {
    200: {
      description: 'A FeatureCollection with `scenario` and `figures` members',
      content: json(ScenarioExport),
    },
    ...memberErrors,
    ...errors(503),
  },
});

export const exportScenarioCsv = defineRoute('read', {
  method: 'get',
  path: '/api/scenarios/{id}/export.csv',
  tags: ['Planning'],
  summary: 'The scenario as CSV: a row per site, then the kabupaten and each kecamatan with their figures',
  description: figuresNote,
  request: { params: IdParams },
  responses: {
    200: { description: 'UTF-8 with BOM, CRLF', content: { 'text/csv': { schema: z.string() } } },
    ...memberErrors,
    ...errors(503),
  },
});

async function exported(db: SiagaDb, network: NetworkService, id: string): Promise<ScenarioExport> {
  const scenario = await scenarios.get(db, id);
  if (!scenario) throw scenarioNotFound(id);
  const { figures, stored } = await scenarioFigures(db, network, scenario.document);
  return scenarioExport(scenario, stored, figures);
}

/** A file name from the scenario's name: letters, digits and dashes only, so every browser saves it alike. */
const fileName = (name: string, ext: string) =>
  `siaga-scenario-${
    name
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'export'
  }.${ext}`;

export function registerScenariosIdExport(app: ApiApp, network: NetworkService): void {
  registerRoute(app, exportScenarioGeoJson, async (c) => {
    const body = await exported(c.var.database.db, network, c.req.valid('param').id);
    c.header('Content-Disposition', `attachment; filename="${fileName(body.scenario.name, 'geojson')}"`);
    return c.json(body, 200);
  });

  registerRoute(app, exportScenarioCsv, async (c) => {
    const body = await exported(c.var.database.db, network, c.req.valid('param').id);
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="${fileName(body.scenario.name, 'csv')}"`);
    return c.body(scenarioCsv(body), 200);
  });
}
