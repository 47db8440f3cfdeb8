import { cacheItems } from '@siaga/db';
import { CacheItem, CacheItemPatch, SiagaError } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { actorOf } from '../http/actor.ts';
import { etagHeader, etagOf, ifMatchHeader, ifMatchVersion } from '../http/versions.ts';
import { json, jsonBody, memberErrors, versionErrors, writeErrors } from '../openapi/responses.ts';
import { CacheItemParams } from '../schemas/params.ts';
import { withBodyPaths } from './body_paths.ts';
import { defineRoute, registerRoute } from './define_route.ts';

const path = '/api/caches/{id}/items/{itemId}';
const notFound = (id: string, itemId: string) =>
  new SiagaError('not_found', `No item with id ${itemId} in cache ${id}`);

export const getCacheItem = defineRoute('read', {
  method: 'get',
  path,
  tags: ['Caches'],
  summary: 'One item of a cache',
  request: { params: CacheItemParams },
  responses: {
    200: { description: 'The item', headers: etagHeader, content: json(CacheItem) },
    ...memberErrors,
  },
});

export const patchCacheItem = defineRoute(['logistics'], {
  method: 'patch',
  path,
  tags: ['Caches'],
  summary: 'Change the quantity, condition or notes of an item (stock movements: POST /api/stock/operations)',
  request: {
    params: CacheItemParams,
    headers: ifMatchHeader,
    body: jsonBody(CacheItemPatch, 'The fields to change'),
  },
  responses: {
    200: { description: 'The changed item', headers: etagHeader, content: json(CacheItem) },
    ...writeErrors,
    ...versionErrors,
  },
});

export const deleteCacheItem = defineRoute(['logistics'], {
  method: 'delete',
  path,
  tags: ['Caches'],
  summary: 'Remove an item from a cache',
  request: { params: CacheItemParams, headers: ifMatchHeader },
  responses: { 204: { description: 'Removed' }, ...memberErrors, ...versionErrors },
});

export function registerCachesIdItemsItemId(app: ApiApp): void {
  registerRoute(app, getCacheItem, async (c) => {
    const { id, itemId } = c.req.valid('param');
    // A cache holds at most a few hundred item rows, so reading them all is as cheap as a lookup by id.
    const item = (await cacheItems.list(c.var.database.db, id))?.find((i) => i.id === itemId);
    if (!item) throw notFound(id, itemId);
    c.header('ETag', etagOf(item.version));
    return c.json(item, 200);
  });

  registerRoute(app, patchCacheItem, async (c) => {
    const { id, itemId } = c.req.valid('param');
    const ifVersion = ifMatchVersion(c.req.valid('header')['if-match']);
    const patch = c.req.valid('json');
    const item = await withBodyPaths(
      cacheItems.update(c.var.database.db, id, itemId, patch, actorOf(c), { ifVersion }),
    );
    if (!item) throw notFound(id, itemId);
    c.header('ETag', etagOf(item.version));
    return c.json(item, 200);
  });

  registerRoute(app, deleteCacheItem, async (c) => {
    const { id, itemId } = c.req.valid('param');
    const ifVersion = ifMatchVersion(c.req.valid('header')['if-match']);
    const removed = await cacheItems.remove(c.var.database.db, id, itemId, actorOf(c), { ifVersion });
    if (!removed) throw notFound(id, itemId);
    return c.body(null, 204);
  });
}
