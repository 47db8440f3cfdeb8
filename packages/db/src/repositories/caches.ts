import type { BBox, CacheCreate, CacheFeature, CachePatch } from '@siaga/schema';
import { asc, eq, type SQL, sql } from 'drizzle-orm';
import { intersectsBBox } from '../geometry/sql_fragments.ts';
import { cacheItems, caches as table } from '../schema/index.ts';
import { cacheSelection, type StockFilter, stockCondition, withItems } from './cache_rows.ts';
import { checkPostReferences } from './check_references.ts';
import { type FeatureRepository, featureRepository } from './feature_repository.ts';
import { chunks, isUuid } from './shared.ts';

export type CacheCreateParsed = ReturnType<typeof CacheCreate.parse>;

export interface CacheQuery extends StockFilter {
  bbox?: BBox;
  postId?: string;
}

/** Conditions shared by `caches.list` and `nearest` over caches. */
export function cacheConditions(q: CacheQuery): SQL[] {
  const where: SQL[] = [];
  if (q.bbox) where.push(intersectsBBox(table.geom, q.bbox));
  if (q.postId !== undefined) where.push(isUuid(q.postId) ? eq(table.postId, q.postId) : sql`false`);
  const stock = stockCondition(q);
  if (stock) where.push(stock);
  return where;
}

/**
 * A cache is written with all its items in one transaction (any failure and nothing is written) and read with
 * them; removing it removes its items (ON DELETE CASCADE).
 */
export const caches: FeatureRepository<CacheFeature, CacheCreateParsed, CachePatch, CacheQuery> =
  featureRepository({
    table,
    entity: 'cache',
    selection: cacheSelection,
    kind: 'point',
    featuresOf: withItems,
    columnsOf: ({ items: _items, ...columns }) => columns,
    keysOf: (f) => ({ id: f.id, post_id: f.properties.postId }),
    checkReferences: (db, refs) =>
      checkPostReferences(
        db,
        refs.map((r) => ({ value: r.properties.postId, path: `${r.path}.postId` })),
      ),
    async insertChildren(db, inputs, ids) {
      const items = inputs.flatMap((f, i) =>
        f.properties.items.map((item) => ({ ...item, cacheId: ids[i] as string })),
      );
      for (const chunk of chunks(items)) await db.insert(cacheItems).values(chunk);
    },
    conditions: cacheConditions,
    orderBy: [asc(table.name), asc(table.id)],
  });
