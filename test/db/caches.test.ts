import { randomUUID } from 'node:crypto';
import { cacheItems, caches, type Database, posts } from '@siaga/db';
import { freshDatabase } from '@siaga/db/testing';
import { CacheFeature, CacheItem, SiagaError } from '@siaga/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheInput, freshRegion, postInput, testActor } from '../support/db_fixtures.ts';
import { roundTrip } from './round_trip.ts';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database?.close());

const chainsaws = { itemType: 'chainsaw', quantity: 3, quantityAvailable: 2 };
const boat = { itemType: 'rubber_boat', quantity: 1, quantityAvailable: 1, condition: 'rusak_ringan' };

describe('caches with items', () => {
  it('round-trips a cache at a post with its items', async () => {
    const { lon, lat } = freshRegion();
    const post = postInput('Pos', [lon, lat]);
    await posts.create(database.db, [post], testActor);
    const input = cacheInput(
      'Gudang',
      [lon, lat],
      [chainsaws, { ...boat, lastInspected: '2025-02-10', notes: 'patched' }],
      {
        postId: post.id,
        desaCode: '51.08.08.2013',
      },
    );
    const created = await roundTrip(caches, CacheFeature, database.db, input);
    expect(created.properties).toMatchObject({ name: 'Gudang', postId: post.id, desaCode: '51.08.08.2013' });
    expect(
      created.properties.items.map((i) => [i.itemType, i.quantity, i.quantityAvailable, i.condition]),
    ).toEqual([
      ['chainsaw', 3, 2, 'baik'],
      ['rubber_boat', 1, 1, 'rusak_ringan'],
    ]);
    expect(created.properties.items[1]).toMatchObject({
      lastInspected: '2025-02-10',
      notes: 'patched',
      cacheId: input.id,
    });
  });

  it('writes neither cache nor items when one item breaks a rule', async () => {
    const { lon, lat, bbox } = freshRegion();
    const input = cacheInput('Gudang', [lon, lat], [chainsaws]);
    const broken = {
      ...input,
      properties: {
        ...input.properties,
        items: [
          ...input.properties.items,
          { ...chainsaws, itemType: 'tent', quantity: 1, quantityAvailable: 5 } as never,
        ],
      },
    };
    const error = await caches.create(database.db, [broken], testActor).catch((e) => e);
    expect(error).toBeInstanceOf(SiagaError);
    expect(error.code).toBe('validation_failed');
    expect(await caches.list(database.db, { bbox })).toEqual([]);
    expect(await caches.get(database.db, input.id as string)).toBeNull();
    expect(await cacheItems.list(database.db, input.id as string)).toBeNull();
  });

  it('refuses an unknown postId naming the feature, writing nothing', async () => {
    const { lon, lat, bbox } = freshRegion();
    const ok = cacheInput('Ok', [lon, lat]);
    const orphan = cacheInput('Orphan', [lon, lat], [], { postId: randomUUID() });
    const error = await caches.create(database.db, [ok, orphan], testActor).catch((e) => e);
    expect(error.code).toBe('validation_failed');
    expect(error.details).toEqual([
      { path: 'features.1.properties.postId', message: expect.stringContaining('not an existing post') },
    ]);
    expect(await caches.list(database.db, { bbox })).toEqual([]);
  });

  it('filters by bbox, post and stock', async () => {
    const { lon, lat, bbox } = freshRegion();
    const post = postInput('Pos', [lon, lat]);
    await posts.create(database.db, [post], testActor);
    const atPost = cacheInput('A at post', [lon, lat], [chainsaws], { postId: post.id });
    const boats = cacheInput('B boats', [lon + 0.01, lat], [boat, { ...chainsaws, quantityAvailable: 0 }]);
    const empty = cacheInput('C empty', [lon + 0.02, lat]);
    await caches.create(database.db, [atPost, boats, empty], testActor);
    const names = (fs: CacheFeature[]) => fs.map((f) => f.properties.name);
    expect(names(await caches.list(database.db, { bbox }))).toEqual(['A at post', 'B boats', 'C empty']);
    expect(names(await caches.list(database.db, { bbox, postId: post.id as string }))).toEqual(['A at post']);
    expect(names(await caches.list(database.db, { bbox, itemType: 'chainsaw' }))).toEqual(['A at post']);
    expect(names(await caches.list(database.db, { bbox, itemType: 'chainsaw', minAvailable: 3 }))).toEqual(
      [],
    );
    expect(names(await caches.list(database.db, { bbox, itemType: 'rubber_boat', minAvailable: 1 }))).toEqual(
      ['B boats'],
    );
    expect(names(await caches.list(database.db, { bbox, minAvailable: 1 }))).toEqual([
      'A at post',
      'B boats',
    ]);
  });

  it('updates a cache and bumps updatedAt; unknown ids give null', async () => {
    const { lon, lat } = freshRegion();
    const input = cacheInput('Gudang', [lon, lat], [chainsaws], { notes: 'n' });
    const [created] = await caches.create(database.db, [input], testActor);
    const updated = await caches.update(
      database.db,
      input.id as string,
      {
        properties: { name: 'Gudang Baru' },
      },
      testActor,
    );
    expect(updated?.properties).toMatchObject({ name: 'Gudang Baru', notes: 'n' });
    expect(updated?.properties.items).toHaveLength(1);
    expect(Date.parse(updated?.properties.updatedAt ?? '')).toBeGreaterThan(
      Date.parse(created?.properties.updatedAt ?? ''),
    );
    expect(
      await caches.update(database.db, randomUUID(), { properties: { name: 'x' } }, testActor),
    ).toBeNull();
    const error = await caches
      .update(database.db, input.id as string, { properties: { postId: randomUUID() } }, testActor)
      .catch((e) => e);
    expect(error.code).toBe('validation_failed');
  });

  it('keeps the cache when its post is removed (postId set to null) and removes items with the cache', async () => {
    const { lon, lat } = freshRegion();
    const post = postInput('Pos', [lon, lat]);
    await posts.create(database.db, [post], testActor);
    const input = cacheInput('Gudang', [lon, lat], [chainsaws], { postId: post.id });
    await caches.create(database.db, [input], testActor);
    await posts.remove(database.db, post.id as string, testActor);
    expect((await caches.get(database.db, input.id as string))?.properties.postId).toBeNull();
    expect(await caches.remove(database.db, input.id as string, testActor)).toBe(true);
    expect(await cacheItems.list(database.db, input.id as string)).toBeNull();
    expect(await caches.remove(database.db, input.id as string, testActor)).toBe(false);
  });
});

describe('cacheItems', () => {
  it('adds, updates and removes items, touching the cache', async () => {
    const { lon, lat } = freshRegion();
    const input = cacheInput('Gudang', [lon, lat]);
    const [cache] = await caches.create(database.db, [input], testActor);
    const cacheId = input.id as string;
    const added = await cacheItems.create(
      database.db,
      cacheId,
      [chainsaws as never, boat as never],
      testActor,
    );
    expect(added).toHaveLength(2);
    for (const item of added ?? []) expect(CacheItem.parse(item)).toEqual(item);
    const saw = added?.find((i) => i.itemType === 'chainsaw');
    const updated = await cacheItems.update(
      database.db,
      cacheId,
      saw?.id as string,
      {
        quantityAvailable: 3,
        notes: 'all back',
      },
      testActor,
    );
    expect(updated).toMatchObject({
      quantity: 3,
      quantityAvailable: 3,
      notes: 'all back',
      condition: 'baik',
    });
    expect(Date.parse(updated?.updatedAt ?? '')).toBeGreaterThan(Date.parse(saw?.updatedAt ?? ''));
    const touched = await caches.get(database.db, cacheId);
    expect(Date.parse(touched?.properties.updatedAt ?? '')).toBeGreaterThan(
      Date.parse(cache?.properties.updatedAt ?? ''),
    );
    expect(await cacheItems.remove(database.db, cacheId, saw?.id as string, testActor)).toBe(true);
    expect((await cacheItems.list(database.db, cacheId))?.map((i) => i.itemType)).toEqual(['rubber_boat']);
  });

  it('refuses quantityAvailable above quantity in the database, leaving the item unchanged', async () => {
    const { lon, lat } = freshRegion();
    const input = cacheInput('Gudang', [lon, lat], [chainsaws]);
    const [cache] = await caches.create(database.db, [input], testActor);
    const item = cache?.properties.items[0];
    const error = await cacheItems
      .update(database.db, input.id as string, item?.id as string, { quantity: 1 }, testActor)
      .catch((e) => e);
    expect(error).toBeInstanceOf(SiagaError);
    expect(error.code).toBe('validation_failed');
    expect(error.details[0].path).toBe('quantityAvailable');
    expect((await cacheItems.list(database.db, input.id as string))?.[0]?.quantity).toBe(3);
  });

  it('answers null/false for an unknown cache or an item of another cache', async () => {
    const { lon, lat } = freshRegion();
    const a = cacheInput('A', [lon, lat], [chainsaws]);
    const b = cacheInput('B', [lon, lat]);
    const [cacheA] = await caches.create(database.db, [a, b], testActor);
    const itemOfA = cacheA?.properties.items[0]?.id as string;
    expect(await cacheItems.list(database.db, randomUUID())).toBeNull();
    expect(await cacheItems.create(database.db, randomUUID(), [chainsaws as never], testActor)).toBeNull();
    expect(
      await cacheItems.update(database.db, b.id as string, itemOfA, { quantity: 9 }, testActor),
    ).toBeNull();
    expect(await cacheItems.remove(database.db, b.id as string, itemOfA, testActor)).toBe(false);
    expect(await cacheItems.remove(database.db, a.id as string, 'nope', testActor)).toBe(false);
  });
});
