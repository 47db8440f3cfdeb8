import { basemapFeatures } from '@siaga/db';
import { BasemapFeatureCollection } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { json, readErrors } from '../openapi/responses.ts';
import { BasemapListQuery } from '../schemas/list_queries.ts';
import { defineRoute, registerRoute } from './define_route.ts';

export const listBasemapFeatures = defineRoute('read', {
  method: 'get',
  path: '/api/basemap-features',
  tags: ['Reference'],
  summary: 'The offline base map: land beyond the kabupaten, lakes and reservoirs, rivers and streams',
  description:
    'Areas (land, water bodies) come before lines (waterways). The demo seed holds OpenStreetMap data: credit "© OpenStreetMap contributors, ODbL".',
  request: { query: BasemapListQuery },
  responses: {
    200: { description: 'The base map features', content: json(BasemapFeatureCollection) },
    ...readErrors,
  },
});

export function registerBasemapFeatures(app: ApiApp): void {
  registerRoute(app, listBasemapFeatures, async (c) => {
    const features = await basemapFeatures.list(c.var.database.db, c.req.valid('query'));
    return c.json({ type: 'FeatureCollection' as const, features }, 200);
  });
}
