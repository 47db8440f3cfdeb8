import { roads } from '@siaga/db';
import { RoadCollection } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { json, readErrors } from '../openapi/responses.ts';
import { RoadListQuery } from '../schemas/list_queries.ts';
import { defineRoute, registerRoute } from './define_route.ts';

export const listRoads = defineRoute('read', {
  method: 'get',
  path: '/api/roads',
  tags: ['Reference'],
  summary: 'Drivable roads, optionally within a bbox, a page at a time',
  request: { query: RoadListQuery },
  responses: { 200: { description: 'One page of roads', content: json(RoadCollection) }, ...readErrors },
});

export function registerRoads(app: ApiApp): void {
  registerRoute(app, listRoads, async (c) => {
    const features = await roads.list(c.var.database.db, c.req.valid('query'));
    return c.json({ type: 'FeatureCollection' as const, features }, 200);
  });
}
