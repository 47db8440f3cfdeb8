import { createRoute } from '@hono/zod-openapi';
import { caches, systemActor } from '@siaga/db';
import { CacheFeature, CachePatch, SiagaError } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { json, jsonBody, memberErrors, writeErrors } from '../openapi/responses.ts';
import { IdParams } from '../schemas/params.ts';
import { withBodyPaths } from './body_paths.ts';

const path = '/api/caches/{id}';
const notFound = (id: string) => new SiagaError('not_found', `No cache with id ${id}`);

export const getCache = createRoute({
  method: 'get',
  path,
  tags: ['Caches'],
  summary: 'One cache',
  request: { params: IdParams },
  responses: { 200: { description: 'The cache', content: json(CacheFeature) }, ...memberErrors },
});

export const patchCache = createRoute({
  method: 'patch',
  path,
  tags: ['Caches'],
  summary: 'Change some properties or the location of a cache (items have their own routes)',
  request: { params: IdParams, body: jsonBody(CachePatch, 'The geometry and/or the properties to change') },
  responses: { 200: { description: 'The changed cache', content: json(CacheFeature) }, ...writeErrors },
});

export const deleteCache = createRoute({
  method: 'delete',
  path,
  tags: ['Caches'],
  summary: 'Remove a cache and its items',
  request: { params: IdParams },
  responses: { 204: { description: 'Removed' }, ...memberErrors },
});

export function registerCachesId(app: ApiApp): void {
  app.openapi(getCache, async (c) => {
    const { id } = c.req.valid('param');
    const cache = await caches.get(c.var.database.db, id);
    if (!cache) throw notFound(id);
    return c.json(cache, 200);
  });

  app.openapi(patchCache, async (c) => {
    const { id } = c.req.valid('param');
    const cache = await withBodyPaths(
      caches.update(c.var.database.db, id, c.req.valid('json'), systemActor('system')),
    );
    if (!cache) throw notFound(id);
    return c.json(cache, 200);
  });

  app.openapi(deleteCache, async (c) => {
    const { id } = c.req.valid('param');
    if (!(await caches.remove(c.var.database.db, id, systemActor('system')))) throw notFound(id);
    return c.body(null, 204);
  });
}
