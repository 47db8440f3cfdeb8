import { applyStockOperation, audit, caches, type Database } from '@siaga/db';
import { freshDatabase } from '@siaga/db/testing';
import { type CacheItem, SiagaError, StockOperation, type StockOperationInput } from '@siaga/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheInput, freshRegion, testActor } from '../support/db_fixtures.ts';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database?.close());

const apply = (op: StockOperationInput) =>
  applyStockOperation(database.db, StockOperation.parse(op), testActor);

async function cacheWith(items: Record<string, unknown>[]): Promise<string> {
  const { lon, lat } = freshRegion();
  const input = cacheInput('Gudang Stok', [lon, lat], items);
  await caches.create(database.db, [input], testActor);
  return input.id as string;
}

async function stockOf(
  cacheId: string,
): Promise<Pick<CacheItem, 'itemType' | 'condition' | 'quantity' | 'quantityAvailable'>[]> {
  const cache = await caches.get(database.db, cacheId);
  // Rows of one type created together share created_at, so their order is the id's: sort by condition.
  return (cache?.properties.items ?? [])
    .map(({ itemType, condition, quantity, quantityAvailable }) => ({
      itemType,
      condition,
      quantity,
      quantityAvailable,
    }))
    .sort((a, b) => a.itemType.localeCompare(b.itemType) || a.condition.localeCompare(b.condition));
}

const tents = { itemType: 'tent', quantity: 10, quantityAvailable: 8 };

describe('stock operations', () => {
  it('receive adds to quantity and availability, creating the stock row when missing', async () => {
    const cacheId = await cacheWith([tents]);
    await apply({ kind: 'receive', cacheId, itemType: 'tent', quantity: 5, reason: 'Bantuan BNPB' });
    await apply({ kind: 'receive', cacheId, itemType: 'generator', quantity: 2, reason: 'Pengadaan' });
    expect(await stockOf(cacheId)).toEqual([
      { itemType: 'generator', condition: 'baik', quantity: 2, quantityAvailable: 2 },
      { itemType: 'tent', condition: 'baik', quantity: 15, quantityAvailable: 13 },
    ]);
  });

  it('issue takes only what is available, never below zero, and writes nothing when refused', async () => {
    const cacheId = await cacheWith([
      tents,
      { itemType: 'tent', quantity: 4, quantityAvailable: 4, condition: 'rusak_berat' },
    ]);
    const [after] = await apply({
      kind: 'issue',
      cacheId,
      itemType: 'tent',
      quantity: 8,
      reason: 'Banjir Kalibukbuk',
    });
    expect(after).toMatchObject({ quantity: 2, quantityAvailable: 0, version: 2 });
    const error = await apply({
      kind: 'issue',
      cacheId,
      itemType: 'tent',
      quantity: 1,
      reason: 'lagi',
    }).catch((e) => e);
    expect(error).toBeInstanceOf(SiagaError);
    expect(error.code).toBe('validation_failed');
    expect(error.message).toMatch(/only 0 of tent \(baik\)/);
    const missing = await apply({
      kind: 'issue',
      cacheId,
      itemType: 'chainsaw',
      quantity: 1,
      reason: 'x',
    }).catch((e) => e);
    expect(missing.message).toMatch(/there is no chainsaw/);
    expect(await stockOf(cacheId)).toEqual([
      { itemType: 'tent', condition: 'baik', quantity: 2, quantityAvailable: 0 },
      { itemType: 'tent', condition: 'rusak_berat', quantity: 4, quantityAvailable: 4 },
    ]);
    const entries = await audit.list(database.db, { entity: 'cache_item', entityId: after?.id as string });
    expect(entries[0]).toMatchObject({
      action: 'issue',
      reason: 'Banjir Kalibukbuk',
      before: { quantity: 10, quantityAvailable: 8 },
      after: { quantity: 2, quantityAvailable: 0 },
    });
  });

  it('20 concurrent issues of 1 on 10 available: exactly 10 succeed, none lost, none below zero', async () => {
    const cacheId = await cacheWith([{ itemType: 'life_jacket', quantity: 10, quantityAvailable: 10 }]);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        apply({ kind: 'issue', cacheId, itemType: 'life_jacket', quantity: 1, reason: `regu ${i}` }),
      ),
    );
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(results.length - refused.length).toBe(10);
    for (const r of refused) expect(r.reason.code).toBe('validation_failed');
    expect(await stockOf(cacheId)).toEqual([
      { itemType: 'life_jacket', condition: 'baik', quantity: 0, quantityAvailable: 0 },
    ]);
    const [item] = (await caches.get(database.db, cacheId))?.properties.items ?? [];
    const issued = await audit.list(database.db, { entity: 'cache_item', entityId: item?.id as string });
    expect(issued.filter((e) => e.action === 'issue')).toHaveLength(10);
  });

  it('adjust sets the counted quantity and moves availability by the same difference within 0..n', async () => {
    const cacheId = await cacheWith([tents]);
    await apply({ kind: 'adjust', cacheId, itemType: 'tent', quantity: 7, reason: 'Stock opname' });
    expect(await stockOf(cacheId)).toEqual([
      { itemType: 'tent', condition: 'baik', quantity: 7, quantityAvailable: 5 },
    ]);
    await apply({ kind: 'adjust', cacheId, itemType: 'tent', quantity: 1, reason: 'Stock opname' });
    expect(await stockOf(cacheId)).toEqual([
      { itemType: 'tent', condition: 'baik', quantity: 1, quantityAvailable: 0 },
    ]);
    expect(
      await apply({ kind: 'adjust', cacheId, itemType: 'stretcher', quantity: 0, reason: 'none' }),
    ).toEqual([]);
  });

  it('move takes from one cache and gives to another in one transaction, or does nothing', async () => {
    const from = await cacheWith([tents]);
    const to = await cacheWith([]);
    const moved = await apply({
      kind: 'move',
      fromCacheId: from,
      toCacheId: to,
      itemType: 'tent',
      quantity: 3,
      reason: 'Posko Sawan',
    });
    expect(moved.map((i) => [i.cacheId, i.quantity])).toEqual([
      [from, 7],
      [to, 3],
    ]);
    const error = await apply({
      kind: 'move',
      fromCacheId: from,
      toCacheId: to,
      itemType: 'tent',
      quantity: 6,
      reason: 'x',
    }).catch((e) => e);
    expect(error.code).toBe('validation_failed');
    const unknownTarget = await apply({
      kind: 'move',
      fromCacheId: from,
      toCacheId: '00000000-0000-4000-8000-00000000dead',
      itemType: 'tent',
      quantity: 1,
      reason: 'x',
    }).catch((e) => e);
    expect(unknownTarget.code).toBe('not_found');
    expect(await stockOf(from)).toEqual([
      { itemType: 'tent', condition: 'baik', quantity: 7, quantityAvailable: 5 },
    ]);
    expect(await stockOf(to)).toEqual([
      { itemType: 'tent', condition: 'baik', quantity: 3, quantityAvailable: 3 },
    ]);
  });

  it('are refused by the schema when malformed', () => {
    const cacheId = '00000000-0000-4000-8000-000000000001';
    expect(
      StockOperation.safeParse({ kind: 'issue', cacheId, itemType: 'tent', quantity: 0, reason: 'x' })
        .success,
    ).toBe(false);
    expect(
      StockOperation.safeParse({ kind: 'issue', cacheId, itemType: 'tent', quantity: 1, reason: ' ' })
        .success,
    ).toBe(false);
    expect(
      StockOperation.safeParse({
        kind: 'move',
        fromCacheId: cacheId,
        toCacheId: cacheId,
        itemType: 'tent',
        quantity: 1,
        reason: 'x',
      }).success,
    ).toBe(false);
    expect(
      StockOperation.safeParse({
        kind: 'issue',
        cacheId,
        itemType: 'tent',
        quantity: 1,
        reason: 'x',
        extra: 1,
      }).success,
    ).toBe(false);
  });
});
