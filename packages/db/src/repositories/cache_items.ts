import { type CacheItem, type CacheItemCreate, type CacheItemPatch, VersionConflict } from '@siaga/schema';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { SiagaDb } from '../database.ts';
import { rethrowDbError } from '../db_error.ts';
import { bumpedUpdatedAt } from '../geometry/sql_fragments.ts';
import { caches, cacheItems as table } from '../schema/index.ts';
import { recordAudit } from './audit.ts';
import { cacheItemOf, itemSelection } from './cache_rows.ts';
import type { WriteOptions } from './feature_repository.ts';
import { chunks, definedOnly, isUuid } from './shared.ts';

export type CacheItemCreateParsed = ReturnType<typeof CacheItemCreate.parse>;

/**
 * Every stock write locks its cache first: concurrent writers of one cache queue there, and always take the
 * cache row before item rows (no deadlock). False when the cache does not exist.
 */
export async function lockCache(db: SiagaDb, cacheId: string): Promise<boolean> {
  const rows = await db.select({ id: caches.id }).from(caches).where(eq(caches.id, cacheId)).for('update');
  return rows.length > 0;
}

/**
 * A stock change is a change of the cache: its updated_at moves too (inventory audit reads it); its version
 * does not, so editing a cache's name never conflicts with a stock count.
 */
export async function touchCache(db: SiagaDb, cacheId: string): Promise<void> {
  await db
    .update(caches)
    .set({ updatedAt: bumpedUpdatedAt(caches.updatedAt) })
    .where(eq(caches.id, cacheId));
}

/** The item as it is now (the caller holds the cache's lock); VersionConflict when `ifVersion` differs. */
async function currentItem(
  db: SiagaDb,
  cacheId: string,
  itemId: string,
  options: WriteOptions | undefined,
): Promise<CacheItem | null> {
  const [row] = await db
    .select(itemSelection)
    .from(table)
    .where(and(eq(table.id, itemId), eq(table.cacheId, cacheId)));
  if (!row) return null;
  const { ifVersion } = options ?? {};
  if (ifVersion !== undefined && row.version !== ifVersion) throw new VersionConflict(row.version);
  return cacheItemOf(row);
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

  /** Adds items to a cache in one transaction, audited; null when the cache does not exist. */
  async create(
    db: SiagaDb,
    cacheId: string,
    items: CacheItemCreateParsed[],
    actor: Actor,
  ): Promise<CacheItem[] | null> {
    if (!isUuid(cacheId)) return null;
    try {
      return await db.transaction(async (tx) => {
        if (!(await lockCache(tx, cacheId))) return null;
        await touchCache(tx, cacheId);
        const out: CacheItem[] = [];
        for (const chunk of chunks(items)) {
          const rows = await tx
            .insert(table)
            .values(chunk.map((item) => ({ ...item, cacheId })))
            .returning(itemSelection);
          out.push(...rows.map(cacheItemOf));
        }
        await recordAudit(
          tx,
          actor,
          out.map((item) => ({ entity: 'cache_item', entityId: item.id, action: 'create', after: item })),
        );
        return out;
      });
    } catch (err) {
      rethrowDbError(err);
    }
  },

  /** Null when the cache or the item (in that cache) does not exist; VersionConflict as in featureRepository. */
  async update(
    db: SiagaDb,
    cacheId: string,
    itemId: string,
    patch: CacheItemPatch,
    actor: Actor,
    options?: WriteOptions,
  ): Promise<CacheItem | null> {
    if (!isUuid(cacheId) || !isUuid(itemId)) return null;
    try {
      return await db.transaction(async (tx) => {
        if (!(await lockCache(tx, cacheId))) return null;
        const before = await currentItem(tx, cacheId, itemId, options);
        if (!before) return null;
        await touchCache(tx, cacheId);
        const [row] = await tx
          .update(table)
          .set({
            ...definedOnly(patch),
            updatedAt: bumpedUpdatedAt(table.updatedAt),
            version: sql`${table.version} + 1`,
          })
          .where(eq(table.id, itemId))
          .returning(itemSelection);
        if (!row) return null;
        const after = cacheItemOf(row);
        await recordAudit(tx, actor, [
          { entity: 'cache_item', entityId: itemId, action: 'update', before, after },
        ]);
        return after;
      });
    } catch (err) {
      rethrowDbError(err);
    }
  },

  async remove(
    db: SiagaDb,
    cacheId: string,
    itemId: string,
    actor: Actor,
    options?: WriteOptions,
  ): Promise<boolean> {
    if (!isUuid(cacheId) || !isUuid(itemId)) return false;
    return db.transaction(async (tx) => {
      if (!(await lockCache(tx, cacheId))) return false;
      const before = await currentItem(tx, cacheId, itemId, options);
      if (!before) return false;
      await touchCache(tx, cacheId);
      await tx.delete(table).where(eq(table.id, itemId));
      await recordAudit(tx, actor, [{ entity: 'cache_item', entityId: itemId, action: 'delete', before }]);
      return true;
    });
  },
};
