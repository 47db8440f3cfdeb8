import { caches } from '@siaga/db';
import { CacheCollection, CacheCreate, CacheFeature, CachePatch } from '@siaga/schema';
import { CacheListQuery } from '../schemas/list_queries.ts';
import { featureRoutes } from './feature_routes.ts';

/** /api/caches and /api/caches/{id}: logistics changes caches (their items have their own routes). */
export const cacheRoutes = featureRoutes({
  path: '/api/caches',
  tag: 'Caches',
  names: { one: 'cache', many: 'caches', a: 'a cache' },
  schemas: {
    feature: CacheFeature,
    collection: CacheCollection,
    create: CacheCreate,
    patch: CachePatch,
    query: CacheListQuery,
  },
  repository: caches,
  access: { read: 'read', write: ['logistics'] },
  summaries: {
    list: 'List caches, optionally within a bbox, by post and by stocked item',
    create: 'Create one cache with its items (a Feature) or several (a FeatureCollection, all or nothing)',
    patch: 'Change some properties or the location of a cache (items have their own routes)',
    delete: 'Remove a cache and its items',
  },
});
