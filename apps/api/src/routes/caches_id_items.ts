import { z } from '@hono/zod-openapi';
import { cacheItems } from '@siaga/db';
import { CacheItem, CacheItemCreate, CacheItemList, SiagaError } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { actorOf } from '../http/actor.ts';
import { json, jsonBody, memberErrors, writeErrors } from '../openapi/responses.ts';
import { IdParams } from '../schemas/params.ts';
import { withBodyPaths } from './body_paths.ts';
import { defineRoute, registerRoute } from './define_route.ts';
import { locationHeader } from './location.ts';

const path = '/api/caches/{id}/items';
const noCache = (id: string) => new SiagaError('not_found', `No cache with id ${id}`);

export const listCacheItems = defineRoute('read', {
  method: 'get',
  path,
  tags: ['Caches'],
  summary: 'The stock of a cache',
  request: { params: IdParams },
  responses: { 200: { description: 'Items of the cache', content: json(CacheItemList) }, ...memberErrors },
});

export const createCacheItems = defineRoute(['logistics'], {
  method: 'post',
  path,
  tags: ['Caches'],
  summary: 'Add one item (an object) or several (an array, all or nothing) to a cache',
  request: {
    params: IdParams,
    body: jsonBody(
      z.union([CacheItemCreate, z.array(CacheItemCreate).min(1).max(500)]),
      'An item or an array',
    ),
  },
  responses: {
    201: {
      description: 'The created item, or the created items as an array',
      headers: locationHeader,
      content: json(z.union([CacheItem, CacheItemList])),
    },
    ...writeErrors,
  },
});

export function registerCachesIdItems(app: ApiApp): void {
  registerRoute(app, listCacheItems, async (c) => {
    const { id } = c.req.valid('param');
    const items = await cacheItems.list(c.var.database.db, id);
    if (!items) throw noCache(id);
    return c.json(items, 200);
  });

  registerRoute(app, createCacheItems, async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const { db } = c.var.database;
    const items = Array.isArray(body) ? body : [body];
    const created = await withBodyPaths(cacheItems.create(db, id, items, actorOf(c)));
    if (!created) throw noCache(id);
    if (Array.isArray(body)) return c.json(created, 201);
    const [item] = created;
    if (!item) throw new Error('cacheItems.create returned nothing for one input');
    c.header('Location', `/api/caches/${id}/items/${item.id}`);
    return c.json(item, 201);
  });
}
