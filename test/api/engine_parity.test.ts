import { summarizeCoverage } from '@siaga/geo';
import { ClosestResponse, CoverageResponse, IsochroneCollection } from '@siaga/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDatasets } from '../../apps/web/src/api/load_datasets.ts';
import { contextOf } from '../../apps/web/src/engine/engine_context.ts';
import {
  closestRequest,
  coverageRequest,
  isochronesRequest,
} from '../../apps/web/src/engine/engine_requests.ts';
import { GRAPH_URL } from '../../apps/web/src/engine/engine_sync.ts';
import { showIsochronesOf } from '../../apps/web/src/planner/plan_edits.ts';
import { type AppStore, createAppStore } from '../../apps/web/src/store/app_store.ts';
import { featuresOf } from '../../apps/web/src/store/data_slice.ts';
import { EngineHost } from '../../apps/web/src/worker/engine_host.ts';
import type { EngineRequest, ResponseOf } from '../../apps/web/src/worker/protocol.ts';
import { useTestApp } from './support/test_app.ts';

/**
 * The API and the web app's Worker answer road-network questions with the same @siaga/geo adapter, on graphs built
 * differently (from the roads table, and from graph.bin). The same requests, built by the web app's own request
 * builders from its store, go to both, and the answers must be equal.
 */

/** Desa Mengening, Kec. Kubutambahan: the 2023 landslides. */
const MENGENING: [number, number] = [115.2441, -8.1597];
/** Two what-if sites in the east, where the seed's posts are far apart. */
const CANDIDATES: [number, number][] = [
  [115.33, -8.13],
  [115.41, -8.14],
];

// The web app reads the way it does on the embedded demo: anonymously.
const t = useTestApp({ seeded: true, anonymousRead: true });
let store: AppStore;
let host: EngineHost;
let nextId = 1;

const fetchFn = async (url: string, init?: RequestInit) => t.app.request(url, init);

async function ask<T extends EngineRequest['type']>(body: Omit<Extract<EngineRequest, { type: T }>, 'id'>) {
  const r = await host.handle({ ...body, id: nextId++ });
  if (r.type === 'error') throw new Error(`worker ${r.code}: ${r.message}`);
  return r as ResponseOf<T>;
}

async function api(path: string, body: unknown): Promise<unknown> {
  const answer = await t.api.post(path, body);
  expect(answer.status, answer.text).toBe(200);
  return answer.json;
}

/** The Worker's answer as it crosses postMessage and the API's as it crosses HTTP: plain JSON. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

beforeAll(async () => {
  store = createAppStore();
  await loadDatasets(store, fetchFn);
  const context = contextOf(store.getState().datasets);
  if (context === null) throw new Error('the web app could not load its datasets from the API');
  host = new EngineHost(fetchFn);
  await ask<'load_network'>({ type: 'load_network', url: GRAPH_URL });
  await ask<'set_context'>({ type: 'set_context', ...context.body });
});

describe('the API and the Worker give the same answers', () => {
  it('closest posts and caches to an incident', async () => {
    store.getState().setIncident({ position: MENGENING, source: 'map', label: null });
    store.getState().setDispatch({ k: 5 });
    const question = closestRequest(store.getState().dispatch);
    if (question === null) throw new Error('no closest request without an incident');
    const viaApi = ClosestResponse.parse(await api('/api/routing/closest', question.request));
    const viaWorker = await ask<'closest'>(question);
    expect(viaApi.posts?.results).toHaveLength(5);
    expect(plain(viaWorker.answer)).toEqual(plain(viaApi));
  });

  it('closest caches stocking an item, and routes around closures', async () => {
    store.getState().setDispatch({ item: { itemType: 'chainsaw', minAvailable: 2 } });
    const open = closestRequest(store.getState().dispatch);
    if (open === null) throw new Error('no closest request without an incident');
    const before = ClosestResponse.parse(await api('/api/routing/closest', open.request));
    expect(plain((await ask<'closest'>(open)).answer)).toEqual(plain(before));
    const cacheCount = featuresOf(store.getState().datasets, 'caches').length;
    // The filter must bite, or the item filter is not compared at all.
    expect(before.caches?.considered).toBeGreaterThan(0);
    expect(before.caches?.considered).toBeLessThan(cacheCount);

    const route = before.posts?.results[0]?.route.coordinates ?? [];
    const middle = route[Math.floor(route.length / 2)];
    if (middle === undefined) throw new Error('the fastest route has no coordinates');
    store.getState().addClosure([middle[0], middle[1]], null);
    const closed = closestRequest(store.getState().dispatch);
    if (closed === null) throw new Error('no closest request without an incident');
    const viaApi = ClosestResponse.parse(await api('/api/routing/closest', closed.request));
    const viaWorker = await ask<'closest'>(closed);
    expect(viaApi.closedLinks).toBeGreaterThan(0);
    expect(viaApi.posts?.results[0]?.etaS).toBeGreaterThanOrEqual(before.posts?.results[0]?.etaS ?? Infinity);
    expect(plain(viaWorker.answer)).toEqual(plain(viaApi));

    store.getState().setDispatch({
      items: [
        { itemType: 'chainsaw', quantity: 2 },
        { itemType: 'tent', quantity: 10 },
      ],
    });
    const requirement = closestRequest(store.getState().dispatch);
    if (requirement === null) throw new Error('no closest request without an incident');
    const needed = ClosestResponse.parse(await api('/api/routing/closest', requirement.request));
    expect(needed.requirement?.items).toHaveLength(2);
    expect(plain((await ask<'closest'>(requirement)).answer)).toEqual(plain(needed));
  });

  it('isochrones of a stored post and of a candidate site', async () => {
    const post = featuresOf(store.getState().datasets, 'posts').find(
      (p) => p.properties.status === 'operational',
    );
    if (post === undefined) throw new Error('the seed has no operational post');
    store.getState().addCandidate(CANDIDATES[0] as [number, number]);
    const candidateId = store.getState().plan.candidates[0]?.id ?? '';
    for (const of of [post.properties.id, candidateId]) {
      store.getState().transact('isochroneOf', showIsochronesOf(of));
      const question = isochronesRequest(store.getState().plan);
      if (question === null) throw new Error('no isochrone request without a chosen site');
      const viaApi = IsochroneCollection.parse(await api('/api/routing/isochrones', question.request));
      const viaWorker = await ask<'isochrones'>(question);
      expect(viaApi.features.map((f) => f.properties.breakMin)).toEqual([5, 10, 15]);
      expect(viaApi.anchored).toBe(true);
      expect(viaApi.features.at(-1)?.properties.areaKm2).toBeGreaterThan(0);
      expect(plain(viaWorker.result)).toEqual(plain(viaApi));
    }
  });

  it('coverage in every mode with what-if candidates, counting turnout or not', async () => {
    store.getState().addCandidate(CANDIDATES[1] as [number, number]);
    for (const countTurnout of [true, false]) {
      store.getState().transact('countTurnout', (plan) => ({
        ...plan,
        countTurnout,
        postStatuses: ['operational', 'planned'],
      }));
      const question = coverageRequest(store.getState().plan);
      expect(question.request.candidates).toHaveLength(2);
      const viaWorker = await ask<'coverage'>(question);
      const scenario = CoverageResponse.parse(await api('/api/coverage', question.request));
      const baseline = CoverageResponse.parse(
        await api('/api/coverage', { ...question.request, candidates: [], gaps: false }),
      );
      for (const mode of ['travelTime', 'wmkRadius', 'wmkNetwork'] as const) {
        expect(scenario[mode]?.levels.length).toBeGreaterThan(0);
        expect(scenario[mode]?.levels[0]?.gaps).not.toBeNull();
      }
      expect(scenario.posts.filter((p) => p.source === 'candidate')).toHaveLength(2);
      expect(plain(viaWorker.scenario)).toEqual(plain(summarizeCoverage(scenario)));
      expect(plain(viaWorker.baseline)).toEqual(plain(summarizeCoverage(baseline)));
    }
  });
});
