import { CacheCollection } from '@siaga/api';
import { CacheFeature, CacheItem } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { expectError, idOf } from './support/api_client.ts';
import { cacheBody, collection, itemBody, point, postBody, unknownId } from './support/fixtures.ts';
import { useTestApp } from './support/test_app.ts';

const t = useTestApp();

describe('caches: happy paths', () => {
  it('creates a cache with its items at a post and reads it back', async () => {
    const postId = idOf(await t.api.post('/api/posts', postBody()));
    const created = await t.api.post(
      '/api/caches',
      cacheBody({
        postId,
        items: [itemBody(), itemBody({ itemType: 'rubber_boat', quantity: 1, quantityAvailable: 1 })],
      }),
    );
    expect(created.status, created.text).toBe(201);
    const cache = CacheFeature.parse(created.json);
    expect(cache.properties.postId).toBe(postId);
    expect(cache.properties.items.map((i) => i.itemType).sort()).toEqual(['chainsaw', 'rubber_boat']);
    expect(created.headers.get('location')).toBe(`/api/caches/${cache.properties.id}`);
    expect((await t.api.get(`/api/caches/${cache.properties.id}`)).json).toEqual(created.json);
  });

  it('filters by post, stocked item and units available', async () => {
    const postId = idOf(await t.api.post('/api/posts', postBody()));
    const two = idOf(
      await t.api.post(
        '/api/caches',
        cacheBody({ postId, items: [itemBody({ quantity: 2, quantityAvailable: 2 })] }),
      ),
    );
    const one = idOf(
      await t.api.post(
        '/api/caches',
        cacheBody({ postId, items: [itemBody({ quantity: 2, quantityAvailable: 1 })] }),
      ),
    );
    const ids = async (query: string) =>
      CacheCollection.parse((await t.api.get(`/api/caches?${query}`)).json)
        .features.map((f) => f.properties.id)
        .sort();
    expect(await ids(`postId=${postId}`)).toEqual([one, two].sort());
    expect(await ids(`postId=${postId}&itemType=chainsaw&minAvailable=2`)).toEqual([two]);
    expect(await ids(`postId=${postId}&itemType=generator`)).toEqual([]);
  });

  it('creates several caches in one request', async () => {
    const created = await t.api.post('/api/caches', collection([cacheBody(), cacheBody({}, point(3))]));
    expect(created.status).toBe(201);
    expect(CacheCollection.parse(created.json).features).toHaveLength(2);
  });

  it('patches a cache and deletes it together with its items', async () => {
    const id = idOf(await t.api.post('/api/caches', cacheBody({ items: [itemBody()] })));
    const patched = await t.api.patch(`/api/caches/${id}`, { properties: { name: 'Gudang Desa Mengening' } });
    expect(patched.status).toBe(200);
    expect(CacheFeature.parse(patched.json).properties).toMatchObject({ name: 'Gudang Desa Mengening' });
    expect(CacheFeature.parse(patched.json).properties.items).toHaveLength(1);
    expect((await t.api.delete(`/api/caches/${id}`)).status).toBe(204);
    expectError(await t.api.get(`/api/caches/${id}`), 404, 'not_found');
    expectError(await t.api.get(`/api/caches/${id}/items`), 404, 'not_found');
  });
});

describe('caches: errors', () => {
  it('refuses a cache at an unknown post and writes nothing', async () => {
    const before = await t.api.get('/api/caches');
    expectError(
      await t.api.post('/api/caches', cacheBody({ postId: unknownId() })),
      422,
      'validation_failed',
    );
    expect((await t.api.get('/api/caches')).json).toEqual(before.json);
  });

  it('refuses an item with more available than held, with its path', async () => {
    const answer = await t.api.post(
      '/api/caches',
      cacheBody({ items: [itemBody({ quantity: 1, quantityAvailable: 2 })] }),
    );
    const envelope = expectError(answer, 422, 'validation_failed');
    expect(envelope.error.details[0]?.path).toBe('body.properties.items.0.quantityAvailable');
  });

  it('refuses a minAvailable that is not a positive integer', async () => {
    expectError(await t.api.get('/api/caches?itemType=chainsaw&minAvailable=0'), 422, 'validation_failed');
    expectError(await t.api.get('/api/caches?itemType=chainsaw&minAvailable=two'), 422, 'validation_failed');
  });
});

describe('cache items', () => {
  it('adds one item with Location, several at once, reads, patches and removes them', async () => {
    const id = idOf(await t.api.post('/api/caches', cacheBody()));
    const one = await t.api.post(`/api/caches/${id}/items`, itemBody({ itemType: 'generator' }));
    expect(one.status, one.text).toBe(201);
    const item = CacheItem.parse(one.json);
    expect(item.cacheId).toBe(id);
    expect(one.headers.get('location')).toBe(`/api/caches/${id}/items/${item.id}`);

    const many = await t.api.post(`/api/caches/${id}/items`, [itemBody({ itemType: 'tent' }), itemBody()]);
    expect(many.status).toBe(201);
    expect(CacheItem.array().parse(many.json)).toHaveLength(2);

    const listed = CacheItem.array().parse((await t.api.get(`/api/caches/${id}/items`)).json);
    expect(listed.map((i) => i.itemType).sort()).toEqual(['chainsaw', 'generator', 'tent']);
    expect((await t.api.get(`/api/caches/${id}/items/${item.id}`)).json).toEqual(one.json);

    const patched = await t.api.patch(`/api/caches/${id}/items/${item.id}`, {
      quantityAvailable: 0,
      condition: 'rusak_ringan',
    });
    expect(patched.status).toBe(200);
    expect(CacheItem.parse(patched.json)).toMatchObject({ quantityAvailable: 0, condition: 'rusak_ringan' });

    expect((await t.api.delete(`/api/caches/${id}/items/${item.id}`)).status).toBe(204);
    expectError(await t.api.get(`/api/caches/${id}/items/${item.id}`), 404, 'not_found');
  });

  it('refuses a patch that makes more available than held and keeps the item', async () => {
    const id = idOf(
      await t.api.post(
        '/api/caches',
        cacheBody({ items: [itemBody({ quantity: 2, quantityAvailable: 1 })] }),
      ),
    );
    const before = await t.api.get(`/api/caches/${id}/items`);
    const [item] = CacheItem.array().parse(before.json);
    expectError(
      await t.api.patch(`/api/caches/${id}/items/${item?.id}`, { quantityAvailable: 5 }),
      422,
      'validation_failed',
    );
    expect((await t.api.get(`/api/caches/${id}/items`)).json).toEqual(before.json);
  });

  it('does not reach an item through another cache', async () => {
    const a = idOf(await t.api.post('/api/caches', cacheBody({ items: [itemBody()] })));
    const b = idOf(await t.api.post('/api/caches', cacheBody()));
    const [item] = CacheItem.array().parse((await t.api.get(`/api/caches/${a}/items`)).json);
    expectError(await t.api.get(`/api/caches/${b}/items/${item?.id}`), 404, 'not_found');
    expectError(await t.api.patch(`/api/caches/${b}/items/${item?.id}`, { quantity: 9 }), 404, 'not_found');
    expectError(await t.api.delete(`/api/caches/${b}/items/${item?.id}`), 404, 'not_found');
    expect(CacheItem.array().parse((await t.api.get(`/api/caches/${a}/items`)).json)).toHaveLength(1);
  });
});

describe('caches: a patch changes only what it names', () => {
  it('keeps the post, desa and notes when only the name changes', async () => {
    const postId = idOf(await t.api.post('/api/posts', postBody()));
    const id = idOf(
      await t.api.post(
        '/api/caches',
        cacheBody({ postId, desaCode: '51.08.08.2013', notes: 'di balai desa' }),
      ),
    );
    const patched = await t.api.patch(`/api/caches/${id}`, { properties: { name: 'Gudang Baru' } });
    expect(CacheFeature.parse(patched.json).properties).toMatchObject({
      name: 'Gudang Baru',
      postId,
      desaCode: '51.08.08.2013',
      notes: 'di balai desa',
    });
  });
});
