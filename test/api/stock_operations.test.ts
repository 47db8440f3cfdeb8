import { describe, expect, it } from 'vitest';
import type { Client } from './support/api_client.ts';
import { expectError, idOf } from './support/api_client.ts';
import { cacheBody, itemBody } from './support/fixtures.ts';
import { useTestApp } from './support/test_app.ts';

const t = useTestApp({ as: 'logistics' });

interface Item {
  id: string;
  itemType: string;
  condition: string;
  quantity: number;
  quantityAvailable: number;
  version: number;
}

async function cacheWith(items: Record<string, unknown>[]): Promise<string> {
  return idOf(await t.api.post('/api/caches', cacheBody({ items })));
}

const itemsOf = async (cacheId: string) => (await t.api.get(`/api/caches/${cacheId}/items`)).json as Item[];
const operate = (body: Record<string, unknown>, api: Client = t.api) =>
  api.post('/api/stock/operations', body);

describe('POST /api/stock/operations', () => {
  it('receives, issues and adjusts, answering the changed rows', async () => {
    const cacheId = await cacheWith([itemBody({ itemType: 'tent', quantity: 5, quantityAvailable: 5 })]);
    const received = await operate({
      kind: 'receive',
      cacheId,
      itemType: 'tent',
      quantity: 3,
      reason: 'Kiriman BNPB',
    });
    expect(received.status, received.text).toBe(200);
    expect((received.json as { items: Item[] }).items).toMatchObject([{ quantity: 8, quantityAvailable: 8 }]);
    expect(
      (await operate({ kind: 'issue', cacheId, itemType: 'tent', quantity: 2, reason: 'Banjir' })).status,
    ).toBe(200);
    expect(
      (await operate({ kind: 'adjust', cacheId, itemType: 'tent', quantity: 4, reason: 'Stock opname' }))
        .status,
    ).toBe(200);
    expect(await itemsOf(cacheId)).toMatchObject([{ itemType: 'tent', quantity: 4 }]);
  });

  it('moves stock between two caches in one operation', async () => {
    const from = await cacheWith([itemBody({ itemType: 'chainsaw', quantity: 4, quantityAvailable: 4 })]);
    const to = await cacheWith([]);
    const moved = await operate({
      kind: 'move',
      fromCacheId: from,
      toCacheId: to,
      itemType: 'chainsaw',
      quantity: 3,
      reason: 'Geser ke Seririt',
    });
    expect(moved.status, moved.text).toBe(200);
    expect(await itemsOf(from)).toMatchObject([{ quantity: 1 }]);
    expect(await itemsOf(to)).toMatchObject([{ itemType: 'chainsaw', quantity: 3 }]);
  });

  it('refuses to go below zero with 422 and writes nothing, in either cache of a move', async () => {
    const from = await cacheWith([itemBody({ itemType: 'tent', quantity: 2, quantityAvailable: 2 })]);
    const to = await cacheWith([]);
    const before = [await itemsOf(from), await itemsOf(to)];
    expectError(
      await operate({ kind: 'issue', cacheId: from, itemType: 'tent', quantity: 3, reason: 'x' }),
      422,
      'validation_failed',
    );
    expectError(
      await operate({
        kind: 'move',
        fromCacheId: from,
        toCacheId: to,
        itemType: 'tent',
        quantity: 3,
        reason: 'x',
      }),
      422,
      'validation_failed',
    );
    expect([await itemsOf(from), await itemsOf(to)]).toEqual(before);
  });

  it('needs a reason and the logistics role', async () => {
    const cacheId = await cacheWith([]);
    expectError(
      await operate({ kind: 'receive', cacheId, itemType: 'tent', quantity: 1 }),
      422,
      'validation_failed',
    );
    const planner = await t.newUser('planner');
    expectError(
      await operate({ kind: 'receive', cacheId, itemType: 'tent', quantity: 1, reason: 'x' }, planner.api),
      403,
      'forbidden',
    );
  });

  it('loses none of 20 concurrent issues: exactly the available 10 are applied, the rest refused', async () => {
    const cacheId = await cacheWith([itemBody({ itemType: 'tent', quantity: 10, quantityAvailable: 10 })]);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        operate({ kind: 'issue', cacheId, itemType: 'tent', quantity: 1, reason: `Pengungsi ${i}` }),
      ),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(10);
    expect(answers.filter((a) => a.status === 422)).toHaveLength(10);
    expect(await itemsOf(cacheId)).toMatchObject([{ quantity: 0, quantityAvailable: 0 }]);
  });
});

describe('20 concurrent read-modify-write clients with If-Match on one stock item', () => {
  it('lose no update: each write is applied or refused with 412, and the quantity counts exactly the applied ones', async () => {
    const cacheId = await cacheWith([itemBody({ itemType: 'tent', quantity: 100, quantityAvailable: 0 })]);
    const [item] = await itemsOf(cacheId);
    if (!item) throw new Error('no item');
    const url = `/api/caches/${cacheId}/items/${item.id}`;
    const answers = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const read = await t.api.get(url);
        const { quantity } = read.json as Item;
        const etag = read.headers.get('etag') ?? '';
        return t.api.call('PATCH', url, { quantity: quantity + 1 }, { 'if-match': etag });
      }),
    );
    const applied = answers.filter((a) => a.status === 200).length;
    const refused = answers.filter((a) => a.status === 412).length;
    expect(applied + refused).toBe(20);
    expect(applied).toBeGreaterThanOrEqual(1);
    const [after] = await itemsOf(cacheId);
    expect(after).toMatchObject({ quantity: 100 + applied, version: 1 + applied });
  });
});
