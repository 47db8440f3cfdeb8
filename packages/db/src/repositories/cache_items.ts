import type { CacheItem, CacheItemCreate, CacheItemPatch } from '@siaga/schema';
import { and, asc, eq } from 'drizzle-orm';
import type { SiagaDb } from '../database.ts';
import { rethrowDbError } from '../db_error.ts';
import { bumpedUpdatedAt } from '../geometry/sql_fragments.ts';
import { caches, cacheItems as table } from '../schema/index.ts';
import { cacheItemOf, itemSelection } from './cache_rows.ts';
import { chunks, definedOnly, isUuid } from './shared.ts';

export type CacheItemCreateParsed = ReturnType<typeof CacheItemCreate.parse>;

/** A stock change is a change of the cache: its updated_at moves too (inventory audit reads it). */
async function touchCache(db: SiagaDb, cacheId: string): Promise<boolean> {
  const rows = await db
    .update(caches)
    .set({ updatedAt: bumpedUpdatedAt(caches.updatedAt) })
    .where(eq(caches.id, cacheId))
    .returning({ id: caches.id });
  return rows.length > 0;
}

export const cacheItems = {
  /** The cache's items; null when the cache does not exist. */
  async list(db: SiagaDb, cacheId: string): Promise<CacheItem[] | null> {
    if (!isUuid(cacheId)) return null;
    const [cache] = await db.select({ id: caches.id }).from(caches).where(eq(caches.id, cacheId));
    if (!cache) return null;
    const rows = await db
      .select(itemSelection)
      .from(table)
      .where(eq(table.cacheId, cacheId))
      .orderBy(asc(table.itemType), asc(table.createdAt), asc(table.id));
    return rows.map(cacheItemOf);
  },

  /** Adds items to a cache in one transaction; null when the cache does not exist. */
  async create(db: SiagaDb, cacheId: string, items: CacheItemCreateParsed[]): Promise<CacheItem[] | null> {
    if (!isUuid(cacheId)) return null;
    try {
      return await db.transaction(async (tx) => {
        if (!(await touchCache(tx, cacheId))) return null;
        const out: CacheItem[] = [];
        for (const chunk of chunks(items)) {
          const rows = await tx
            .insert(table)
            .values(chunk.map((item) => ({ ...item, cacheId })))
            .returning(itemSelection);
          out.push(...rows.map(cacheItemOf));
        }
        return out;
      });
    } catch (err) {
      rethrowDbError(err);
    }
  },

  /** Null when the cache or the item (in that cache) does not exist. */
  async update(
    db: SiagaDb,
    cacheId: string,
    itemId: string,
    patch: CacheItemPatch,
  ): Promise<CacheItem | null> {
    if (!isUuid(cacheId) || !isUuid(itemId)) return null;
    try {
      return await db.transaction(async (tx) => {
        const [row] = await tx
          .update(table)
          .set({ ...definedOnly(patch), updatedAt: bumpedUpdatedAt(table.updatedAt) })
          .where(and(eq(table.id, itemId), eq(table.cacheId, cacheId)))
          .returning(itemSelection);
        if (!row) return null;
        await touchCache(tx, cacheId);
        return cacheItemOf(row);
      });
    } catch (err) {
      rethrowDbError(err);
    }
  },

  async remove(db: SiagaDb, cacheId: string, itemId: string): Promise<boolean> {
    if (!isUuid(cacheId) || !isUuid(itemId)) return false;
    return db.transaction(async (tx) => {
      const rows = await tx
        .delete(table)
        .where(and(eq(table.id, itemId), eq(table.cacheId, cacheId)))
        .returning({ id: table.id });
      if (rows.length === 0) return false;
      await touchCache(tx, cacheId);
      return true;
    });
  },
};
