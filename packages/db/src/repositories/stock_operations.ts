import {
  type CacheItem,
  type ItemCondition,
  type ItemType,
  SiagaError,
  type StockOperation,
} from '@siaga/schema';
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { SiagaDb } from '../database.ts';
import { rethrowDbError } from '../db_error.ts';
import { bumpedUpdatedAt } from '../geometry/sql_fragments.ts';
import { cacheItems as table } from '../schema/index.ts';
import { recordAudit } from './audit.ts';
import { lockCache, touchCache } from './cache_items.ts';
import { cacheItemOf, itemSelection } from './cache_rows.ts';

/** One cache's stock of one item type in one condition: the row a stock operation changes. */
interface StockKey {
  cacheId: string;
  itemType: ItemType;
  condition: ItemCondition;
}

/** The oldest row of the key (a cache may hold several rows of one kind; operations act on the first). */
function stockRowId(key: StockKey): SQL {
  return sql`(SELECT ${table.id} FROM ${table}
    WHERE ${and(eq(table.cacheId, key.cacheId), eq(table.itemType, key.itemType), eq(table.condition, key.condition))}
    ORDER BY ${asc(table.createdAt)}, ${asc(table.id)} LIMIT 1)`;
}

async function stockRow(db: SiagaDb, key: StockKey): Promise<CacheItem | null> {
  const [row] = await db
    .select(itemSelection)
    .from(table)
    .where(sql`${table.id} = ${stockRowId(key)}`);
  return row ? cacheItemOf(row) : null;
}

/**
 * Changes the key's row in ONE guarded statement (no read-modify-write): `quantity`/`quantityAvailable` are
 * SQL over the row's current values, `guard` must hold on them or nothing changes. Null when nothing changed.
 */
async function changeStock(
  db: SiagaDb,
  key: StockKey,
  set: { quantity: SQL; quantityAvailable: SQL },
  guard?: SQL,
): Promise<CacheItem | null> {
  const [row] = await db
    .update(table)
    .set({
      ...set,
      updatedAt: bumpedUpdatedAt(table.updatedAt),
      version: sql`${table.version} + 1`,
    })
    .where(and(sql`${table.id} = ${stockRowId(key)}`, guard))
    .returning(itemSelection);
  return row ? cacheItemOf(row) : null;
}

async function insertStock(db: SiagaDb, key: StockKey, quantity: number): Promise<CacheItem> {
  const [row] = await db
    .insert(table)
    .values({ ...key, quantity, quantityAvailable: quantity })
    .returning(itemSelection);
  if (!row) throw new Error('INSERT … RETURNING gave no row');
  return cacheItemOf(row);
}

function describe(key: StockKey): string {
  return `${key.itemType} (${key.condition}) in cache ${key.cacheId}`;
}

async function lockCaches(db: SiagaDb, cacheIds: string[], path: (id: string) => string): Promise<void> {
  // Sorted, so two moves between the same caches in opposite directions lock in the same order.
  for (const id of [...cacheIds].sort()) {
    if (!(await lockCache(db, id)))
      throw new SiagaError('not_found', `no cache with id ${id}`, [
        { path: path(id), message: `no cache with id ${id}` },
      ]);
    await touchCache(db, id);
  }
}

async function receive(
  db: SiagaDb,
  key: StockKey,
  n: number,
): Promise<{ before: CacheItem | null; after: CacheItem }> {
  const before = await stockRow(db, key);
  const after = await changeStock(db, key, {
    quantity: sql`${table.quantity} + ${n}`,
    quantityAvailable: sql`${table.quantityAvailable} + ${n}`,
  });
  return { before, after: after ?? (await insertStock(db, key, n)) };
}

async function issue(
  db: SiagaDb,
  key: StockKey,
  n: number,
  path: string,
): Promise<{ before: CacheItem; after: CacheItem }> {
  const before = await stockRow(db, key);
  const after = await changeStock(
    db,
    key,
    {
      quantity: sql`${table.quantity} - ${n}`,
      quantityAvailable: sql`${table.quantityAvailable} - ${n}`,
    },
    sql`${table.quantityAvailable} >= ${n}`,
  );
  if (!before || !after) {
    const message = before
      ? `only ${before.quantityAvailable} of ${describe(key)} available, cannot take ${n}`
      : `there is no ${describe(key)}`;
    throw new SiagaError('validation_failed', message, [{ path, message }]);
  }
  return { before, after };
}

/**
 * A count: quantity becomes n, quantityAvailable moves by the same difference, kept within 0..n. A count of 0
 * where there was no stock changes nothing.
 */
async function adjust(
  db: SiagaDb,
  key: StockKey,
  n: number,
): Promise<{ before: CacheItem | null; after: CacheItem } | null> {
  const before = await stockRow(db, key);
  const after = await changeStock(db, key, {
    quantity: sql`${n}::int`,
    quantityAvailable: sql`GREATEST(0, LEAST(${n}::int, ${table.quantityAvailable} + ${n}::int - ${table.quantity}))`,
  });
  if (after) return { before, after };
  return n > 0 ? { before: null, after: await insertStock(db, key, n) } : null;
}

/**
 * Applies one stock operation in one transaction, with its audit entries (entity cache_item, the operation's
 * kind as the action, its reason). Quantities never go below zero: an issue or move of more than is available
 * is refused (422) and nothing is written. Answers the changed rows (a move: source, then destination).
 *
 * @example await applyStockOperation(db, StockOperation.parse({ kind: 'issue', cacheId, itemType: 'tent', quantity: 2, reason: 'Banjir Kalibukbuk' }), actor)
 */
export async function applyStockOperation(
  db: SiagaDb,
  op: StockOperation,
  actor: Actor,
): Promise<CacheItem[]> {
  try {
    return await db.transaction(async (tx) => {
      const changes: { before: CacheItem | null; after: CacheItem }[] = [];
      switch (op.kind) {
        case 'receive':
        case 'issue':
        case 'adjust': {
          const key = { cacheId: op.cacheId, itemType: op.itemType, condition: op.condition };
          await lockCaches(tx, [op.cacheId], () => 'cacheId');
          const change =
            op.kind === 'receive'
              ? await receive(tx, key, op.quantity)
              : op.kind === 'issue'
                ? await issue(tx, key, op.quantity, 'quantity')
                : await adjust(tx, key, op.quantity);
          if (change) changes.push(change);
          break;
        }
        case 'move': {
          const { itemType, condition } = op;
          await lockCaches(tx, [op.fromCacheId, op.toCacheId], (id) =>
            id === op.fromCacheId ? 'fromCacheId' : 'toCacheId',
          );
          changes.push(
            await issue(tx, { cacheId: op.fromCacheId, itemType, condition }, op.quantity, 'quantity'),
          );
          changes.push(await receive(tx, { cacheId: op.toCacheId, itemType, condition }, op.quantity));
          break;
        }
        default:
          op satisfies never;
      }
      await recordAudit(
        tx,
        actor,
        changes.map(({ before, after }) => ({
          entity: 'cache_item',
          entityId: after.id,
          action: op.kind,
          before,
          after,
          reason: op.reason,
        })),
      );
      return changes.map((c) => c.after);
    });
  } catch (err) {
    rethrowDbError(err);
  }
}
