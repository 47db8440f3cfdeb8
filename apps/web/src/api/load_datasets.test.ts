import { en, id } from '@siaga/i18n';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store/app_store.ts';
import { allFeatures } from '../store/data_slice.ts';
import { post } from '../testing/fixtures.ts';
import { describeLoadError } from './describe_load_error.ts';
import type { FetchFn } from './fetch_dataset.ts';
import { loadDatasets } from './load_datasets.ts';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A fake server: the network boundary is the only thing replaced. */
function server(routes: Record<string, () => Response>): FetchFn {
  return async (url) => {
    const path = url.split('?')[0] ?? url;
    const route = routes[path];
    return route ? route() : json(200, { type: 'FeatureCollection', features: [] });
  };
}

describe('loadDatasets', () => {
  it('puts validated features in the store', async () => {
    const store = createAppStore();
    await loadDatasets(
      store,
      server({ '/api/posts': () => json(200, { type: 'FeatureCollection', features: [post()] }) }),
    );
    const s = store.getState();
    expect(s.datasets.posts.status).toBe('ready');
    expect(allFeatures(s.datasets).posts[0]?.properties.name).toBe('Pos Induk Damkar Buleleng');
    expect(s.datasets.roads.status).toBe('ready');
  });

  it("takes the roads' extent from the API's network summary, not from the road list", async () => {
    const store = createAppStore();
    const network = {
      version: 'abc',
      nodes: 2,
      edges: 1,
      roads: 1,
      bbox: [1.5, 42.5, 1.6, 42.55],
      builtAt: '2026-01-01T00:00:00.000Z',
      buildMs: 1,
    };
    await loadDatasets(store, server({ '/api/network': () => json(200, network) }));
    expect(store.getState().roadsExtent).toEqual([1.5, 42.5, 1.6, 42.55]);
    // A failed answer keeps the extent already known.
    await loadDatasets(store, server({ '/api/network': () => json(503, {}) }));
    expect(store.getState().roadsExtent).toEqual([1.5, 42.5, 1.6, 42.55]);
  });

  it('keeps the error envelope for the panel', async () => {
    const store = createAppStore();
    await loadDatasets(
      store,
      server({
        '/api/hazard-zones': () =>
          json(503, { error: { code: 'unavailable', message: 'database is starting', details: [] } }),
      }),
    );
    const state = store.getState().datasets.hazardZones;
    expect(state).toEqual({
      status: 'error',
      error: { type: 'api', status: 503, code: 'unavailable', message: 'database is starting' },
    });
    if (state.status !== 'error') throw new Error('expected an error');
    expect(describeLoadError(id, state.error, id.layers.hazardZones)).toEqual({
      message: 'Server menjawab dengan kesalahan: database is starting',
      detail: 'Kode kesalahan: unavailable (Layanan sedang tidak tersedia)',
    });
    expect(store.getState().datasets.posts.status).toBe('ready');
  });

  it('asks to sign in, in the user language, when the server wants a signed-in user', async () => {
    const store = createAppStore();
    await loadDatasets(
      store,
      server({
        '/api/posts': () =>
          json(401, { error: { code: 'unauthorized', message: 'Sign in to use this route', details: [] } }),
      }),
    );
    const state = store.getState().datasets.posts;
    if (state.status !== 'error') throw new Error('expected an error');
    expect(describeLoadError(id, state.error, id.layers.posts)).toEqual({
      message: 'Masuk untuk melihat data peta.',
      detail: null,
    });
  });

  it('says the server is unreachable when fetch fails', async () => {
    const store = createAppStore();
    await loadDatasets(store, async () => {
      throw new TypeError('Failed to fetch');
    });
    const state = store.getState().datasets.posts;
    expect(state.status === 'error' && state.error.type).toBe('unreachable');
    if (state.status !== 'error') throw new Error('expected an error');
    expect(describeLoadError(en, state.error, en.layers.posts).message).toMatch(/cannot be reached/);
  });

  it('refuses an answer that breaks the contract', async () => {
    const store = createAppStore();
    const broken = post();
    (broken.properties as { kind: string }).kind = 'castle';
    await loadDatasets(
      store,
      server({ '/api/posts': () => json(200, { type: 'FeatureCollection', features: [broken] }) }),
    );
    const state = store.getState().datasets.posts;
    expect(state.status === 'error' && state.error.type).toBe('invalid');
    if (state.status !== 'error') throw new Error('expected an error');
    expect(describeLoadError(id, state.error, id.layers.posts).message).toContain('Pos tanggap darurat');
  });

  it('reports a non-JSON error page as an HTTP status', async () => {
    const store = createAppStore();
    await loadDatasets(
      store,
      server({ '/api/incidents': () => new Response('<html>Bad gateway</html>', { status: 502 }) }),
    );
    expect(store.getState().datasets.incidents).toEqual({
      status: 'error',
      error: { type: 'http', status: 502 },
    });
  });
});
