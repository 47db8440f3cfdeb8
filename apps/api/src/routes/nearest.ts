import { type NearestResult, nearest } from '@siaga/db';
import type { ApiApp } from '../app_env.ts';
import { json, readErrors } from '../openapi/responses.ts';
import { NearestCollection, NearestQuery } from '../schemas/nearest.ts';
import { defineRoute, registerRoute } from './define_route.ts';

export const getNearest = defineRoute('read', {
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

/** The entity's properties plus its distance and rank, for either layer. */
function ranked(result: NearestResult, rank: number) {
  const extra = { distanceM: result.distanceM, rank };
  switch (result.layer) {
    case 'posts':
      return { ...result.feature, properties: { ...result.feature.properties, ...extra } };
    case 'caches':
      return { ...result.feature, properties: { ...result.feature.properties, ...extra } };
  }
  return result satisfies never;
}

export function registerNearest(app: ApiApp): void {
  registerRoute(app, getNearest, async (c) => {
    const found = await nearest(c.var.database.db, c.req.valid('query'));
    const features = found.map((result, i) => ranked(result, i + 1));
    return c.json({ type: 'FeatureCollection' as const, features }, 200);
  });
}
