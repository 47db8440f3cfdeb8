import type { RoadClosureFeature } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../api/api_client.ts';
import { createAppStore } from '../store/app_store.ts';
import { envelope, fakeFetch } from '../testing/fake_fetch.ts';
import { deleteStoredClosure, saveClosure } from './closure_writes.ts';

const ID = '00000000-0000-4000-8000-0000000000c1';
const stored = (version = 1): RoadClosureFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [115.2, -8.15] },
  properties: {
    id: ID,
    roadName: 'Jalan Raya Singaraja-Kintamani',
    reason: null,
    incidentId: null,
    expiresAt: null,
    version,
    createdAt: '2026-11-29T22:00:00.000Z',
    updatedAt: '2026-11-29T22:00:00.000Z',
  },
});

function server(writes: 'ok' | 'forbidden') {
  return fakeFetch((r) => {
    if (r.url === '/api/auth/me') return { body: { user: null, csrfToken: 'c', anonymousRead: true } };
    if (writes === 'forbidden') return { status: 403, body: envelope('forbidden', 'dispatchers only') };
    if (r.method === 'POST' && r.url === '/api/closures') return { status: 201, body: stored() };
    if (r.method === 'DELETE' && r.url === `/api/closures/${ID}`) return { status: 204 };
    return { status: 404, body: envelope('not_found', 'no') };
  });
}

describe('closure writes', () => {
  it('stores a closure placed on the map: it moves from this device to the closures dataset', async () => {
    const store = createAppStore();
    store.getState().setLoaded('closures', []);
    store.getState().addClosure([115.2, -8.15], 'Jalan Raya Singaraja-Kintamani');
    const [local] = store.getState().dispatch.closures;
    if (local === undefined) throw new Error('no closure');
    const { fetchFn, seen } = server('ok');
    expect(await saveClosure(new ApiClient(fetchFn), store, local)).toBe(true);
    const post = seen.find((r) => r.method === 'POST');
    expect(post?.body).toEqual({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [115.2, -8.15] },
      properties: { roadName: 'Jalan Raya Singaraja-Kintamani' },
    });
    expect(post?.headers['x-csrf-token']).toBe('c');
    expect(store.getState().dispatch.closures).toEqual([]);
    expect(store.getState().datasets.closures).toMatchObject({ status: 'ready', features: [stored()] });
  });

  it('keeps a closure on this device when the API refuses it', async () => {
    const store = createAppStore();
    store.getState().addClosure([115.2, -8.15], null);
    const [local] = store.getState().dispatch.closures;
    if (local === undefined) throw new Error('no closure');
    expect(await saveClosure(new ApiClient(server('forbidden').fetchFn), store, local)).toBe(false);
    expect(store.getState().dispatch.closures).toHaveLength(1);
  });

  it('reopens a stored closure with If-Match its version, and always leaves the queue', async () => {
    const store = createAppStore();
    store.getState().setLoaded('closures', [stored(3)]);
    store.getState().removeClosure(ID);
    expect(store.getState().closureDeletes).toEqual([ID]);
    const { fetchFn, seen } = server('ok');
    expect(await deleteStoredClosure(new ApiClient(fetchFn), store, ID)).toBe(true);
    expect(seen.find((r) => r.method === 'DELETE')?.headers['if-match']).toBe('"3"');
    expect(store.getState().datasets.closures).toMatchObject({ features: [] });
    expect(store.getState().closureDeletes).toEqual([]);

    store.getState().setLoaded('closures', [stored(4)]);
    store.getState().removeClosure(ID);
    expect(await deleteStoredClosure(new ApiClient(server('forbidden').fetchFn), store, ID)).toBe(false);
    expect(store.getState().datasets.closures).toMatchObject({ features: [stored(4)] });
    expect(store.getState().closureDeletes).toEqual([]);
  });
});
