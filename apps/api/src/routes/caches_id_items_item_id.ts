import { createRoute } from '@hono/zod-openapi';
import { cacheItems, systemActor } from '@siaga/db';
import { CacheItem, CacheItemPatch, SiagaError } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { json, jsonBody, memberErrors, writeErrors } from '../openapi/responses.ts';
import { CacheItemParams } from '../schemas/params.ts';
import { withBodyPaths } from './body_paths.ts';

const path = '/api/caches/{id}/items/{itemId}';
const notFound = (id: string, itemId: string) =>
  new SiagaError('not_found', `No item with id ${itemId} in cache ${id}`);

export const getCacheItem = createRoute({
  method: 'get',
  path,
  tags: ['Caches'],
  summary: 'One item of a cache',
  request: { params: CacheItemParams },
  responses: { 200: { description: 'The item', content: json(CacheItem) }, ...memberErrors },
});

export const patchCacheItem = createRoute({
  method: 'patch',
  path,
  tags: ['Caches'],
  summary: 'Change the quantity, condition or notes of an item',
  request: { params: CacheItemParams, body: jsonBody(CacheItemPatch, 'The fields to change') },
  responses: { 200: { description: 'The changed item', content: json(CacheItem) }, ...writeErrors },
});

export const deleteCacheItem = createRoute({
  method: 'delete',
  path,
  tags: ['Caches'],
  summary: 'Remove an item from a cache',
  request: { params: CacheItemParams },
  responses: { 204: { description: 'Removed' }, ...memberErrors },
});

export function registerCachesIdItemsItemId(app: ApiApp): void {
  app.openapi(getCacheItem, async (c) => {
    const { id, itemId } = c.req.valid('param');
    // A cache holds at most a few hundred item rows, so reading them all is as cheap as a lookup by id.
    const item = (await cacheItems.list(c.var.database.db, id))?.find((i) => i.id === itemId);
    if (!item) throw notFound(id, itemId);
    return c.json(item, 200);
  });

  app.openapi(patchCacheItem, async (c) => {
    const { id, itemId } = c.req.valid('param');
    const item = await withBodyPaths(
      cacheItems.update(c.var.database.db, id, itemId, c.req.valid('json'), systemActor('system')),
    );
    if (!item) throw notFound(id, itemId);
    return c.json(item, 200);
  });

  app.openapi(deleteCacheItem, async (c) => {
    const { id, itemId } = c.req.valid('param');
    if (!(await cacheItems.remove(c.var.database.db, id, itemId, systemActor('system'))))
      throw notFound(id, itemId);
    return c.body(null, 204);
  });
}
