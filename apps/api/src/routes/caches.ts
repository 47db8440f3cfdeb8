import { createRoute, z } from '@hono/zod-openapi';
import { caches, systemActor } from '@siaga/db';
import { CacheCollection, CacheCreate, CacheFeature, featureOrCollection } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { json, jsonBody, readErrors, writeErrors } from '../openapi/responses.ts';
import { CacheListQuery } from '../schemas/list_queries.ts';
import { withBodyPaths } from './body_paths.ts';
import { locationHeader } from './location.ts';

export const listCaches = createRoute({
  method: 'get',
  path: '/api/caches',
  tags: ['Caches'],
  summary: 'List caches, optionally within a bbox, by post and by stocked item',
  request: { query: CacheListQuery },
  responses: { 200: { description: 'The matching caches', content: json(CacheCollection) }, ...readErrors },
});

export const createCaches = createRoute({
  method: 'post',
  path: '/api/caches',
  tags: ['Caches'],
  summary: 'Create one cache with its items (a Feature) or several (a FeatureCollection, all or nothing)',
  request: {
    body: jsonBody(featureOrCollection(CacheCreate), 'A cache Feature or a FeatureCollection of them'),
  },
  responses: {
    201: {
      description: 'The created cache, or the created caches as a FeatureCollection',
      headers: locationHeader,
      content: json(z.union([CacheFeature, CacheCollection])),
    },
    ...writeErrors,
  },
});

export function registerCaches(app: ApiApp): void {
  app.openapi(listCaches, async (c) => {
    const features = await caches.list(c.var.database.db, c.req.valid('query'));
    return c.json({ type: 'FeatureCollection' as const, features }, 200);
  });

  app.openapi(createCaches, async (c) => {
    const body = c.req.valid('json');
    const { db } = c.var.database;
    if (body.type === 'FeatureCollection') {
      return c.json(
        {
          type: 'FeatureCollection' as const,
          features: await withBodyPaths(caches.create(db, body.features, systemActor('system'))),
        },
        201,
      );
    }
    const [created] = await withBodyPaths(caches.create(db, [body], systemActor('system')), { single: true });
    if (!created) throw new Error('caches.create returned nothing for one input');
    c.header('Location', `/api/caches/${created.properties.id}`);
    return c.json(created, 201);
  });
}
