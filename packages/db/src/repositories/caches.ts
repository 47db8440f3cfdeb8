import { randomUUID } from 'node:crypto';
import type { BBox, CacheCreate, CacheFeature, CachePatch } from '@siaga/schema';
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { SiagaDb } from '../database.ts';
import { rethrowDbError } from '../db_error.ts';
import { prepareGeometries } from '../geometry/prepare_geometries.ts';
import { bumpedUpdatedAt, intersectsBBox } from '../geometry/sql_fragments.ts';
import { cacheItems, caches as table } from '../schema/index.ts';
import { cacheSelection, type StockFilter, stockCondition, withItems } from './cache_rows.ts';
import { checkPostReferences } from './check_references.ts';
import { chunks, definedOnly, isUuid, locateFeature } from './shared.ts';

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

async function getIn(db: SiagaDb, ids: string[]): Promise<CacheFeature[]> {
  if (ids.length === 0) return [];
  const rows = await db.select(cacheSelection).from(table).where(inArray(table.id, ids));
  const features = await withItems(db, rows);
  const byId = new Map(features.map((f) => [f.properties.id, f]));
  return ids.map((id) => byId.get(id)).filter((f): f is CacheFeature => f !== undefined);
}

export const caches = {
  async list(db: SiagaDb, q: CacheQuery = {}): Promise<CacheFeature[]> {
    const rows = await db
      .select(cacheSelection)
      .from(table)
      .where(and(...cacheConditions(q)))
      .orderBy(asc(table.name), asc(table.id));
    return withItems(db, rows);
  },

  async get(db: SiagaDb, id: string): Promise<CacheFeature | null> {
    if (!isUuid(id)) return null;
    const [feature] = await getIn(db, [id]);
    return feature ?? null;
  },

  /** Writes the caches and all their items in one transaction: any failure and nothing is written. */
  async create(db: SiagaDb, inputs: CacheCreateParsed[]): Promise<CacheFeature[]> {
    if (inputs.length === 0) return [];
    // Ids are chosen here so items can point at their cache without relying on RETURNING order.
    const ids = inputs.map((f) => f.id ?? randomUUID());
    try {
      return await db.transaction(async (tx) => {
        const geoms = await prepareGeometries(
          tx,
          'point',
          inputs.map((f, i) => ({ geometry: f.geometry, path: `features.${i}.geometry` })),
        );
        await checkPostReferences(
          tx,
          inputs.map((f, i) => ({ value: f.properties.postId, path: `features.${i}.properties.postId` })),
        );
        const values = inputs.map((f, i) => {
          const { items: _items, ...properties } = f.properties;
          return { id: ids[i] as string, ...properties, geom: geoms[i] as SQL };
        });
        for (const chunk of chunks(values)) await tx.insert(table).values(chunk);
        const items = inputs.flatMap((f, i) =>
          f.properties.items.map((item) => ({ ...item, cacheId: ids[i] as string })),
        );
        for (const chunk of chunks(items)) await tx.insert(cacheItems).values(chunk);
        return getIn(tx, ids);
      });
    } catch (err) {
      rethrowDbError(
        err,
        locateFeature(inputs, (f) => ({ id: f.id, post_id: f.properties.postId })),
      );
    }
  },

  async update(db: SiagaDb, id: string, patch: CachePatch): Promise<CacheFeature | null> {
    if (!isUuid(id)) return null;
    try {
      return await db.transaction(async (tx) => {
        const properties = definedOnly(patch.properties);
        await checkPostReferences(tx, [{ value: properties.postId, path: 'properties.postId' }]);
        const [geom] = patch.geometry
          ? await prepareGeometries(tx, 'point', [{ geometry: patch.geometry, path: 'geometry' }])
          : [];
        const updated = await tx
          .update(table)
          .set({ ...properties, ...(geom ? { geom } : {}), updatedAt: bumpedUpdatedAt(table.updatedAt) })
          .where(eq(table.id, id))
          .returning({ id: table.id });
        if (updated.length === 0) return null;
        const [feature] = await getIn(tx, [id]);
        return feature ?? null;
      });
    } catch (err) {
      rethrowDbError(err);
    }
  },

  /** Deletes the cache; its items go with it (ON DELETE CASCADE). */
  async remove(db: SiagaDb, id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    const rows = await db.delete(table).where(eq(table.id, id)).returning({ id: table.id });
    return rows.length > 0;
  },
};
