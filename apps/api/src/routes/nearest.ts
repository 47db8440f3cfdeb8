import { createRoute } from '@hono/zod-openapi';
import { nearest } from '@siaga/db';
import type { ApiApp } from '../app_env.ts';
import { json, readErrors } from '../openapi/responses.ts';
import { NearestCollection, NearestQuery } from '../schemas/nearest.ts';

export const getNearest = createRoute({
  method: 'get',
  path: '/api/nearest',
  tags: ['Queries'],
  summary: 'The k posts or caches closest to a point in a straight line, nearest first',
  description:
    'Straight-line distance (geodesic, metres); travel time by road is computed elsewhere. Each feature carries ' +
    'its properties plus `distanceM` and `rank` (1 = nearest).',
  request: { query: NearestQuery },
  responses: { 200: { description: 'Nearest first', content: json(NearestCollection) }, ...readErrors },
});

export function registerNearest(app: ApiApp): void {
  app.openapi(getNearest, async (c) => {
    const found = await nearest(c.var.database.db, c.req.valid('query'));
    const features = found.map(({ feature, distanceM }, i) => ({
      ...feature,
      properties: { ...feature.properties, distanceM, rank: i + 1 },
    }));
    return c.json({ type: 'FeatureCollection' as const, features }, 200);
  });
}
