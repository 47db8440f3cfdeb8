import { describe, expect, it } from 'vitest';
import { demoSeed } from '../testing/demo_seed.ts';
import { EngineHost } from './engine_host.ts';
import type { EngineRequest, EngineResponse, ResponseOf } from './protocol.ts';

const seed = demoSeed();
const MENGENING: [number, number] = [115.242, -8.158];
const ETAG = '"net-1"';

function graphServer(etag: string | null = ETAG) {
  const calls: Array<Record<string, string>> = [];
  const fetchFn = async (_url: string, init?: RequestInit) => {
    const headers = (init?.headers ?? {}) as Record<string, string>;
    calls.push(headers);
    if (etag !== null && headers['if-none-match'] === etag) return new Response(null, { status: 304 });
    return new Response(seed.graphBytes.slice(0), {
      status: 200,
      headers: etag === null ? {} : { etag },
    });
  };
  return { fetchFn, calls };
}

async function ask<T extends EngineRequest['type']>(
  host: EngineHost,
  request: Extract<EngineRequest, { type: T }>,
): Promise<ResponseOf<T>> {
  const r: EngineResponse = await host.handle(request);
  if (r.type === 'error') throw new Error(`${r.code}: ${r.message}`);
  expect(r.type).toBe(request.type);
  return r as ResponseOf<T>;
}

async function readyHost(): Promise<EngineHost> {
  const host = new EngineHost(graphServer().fetchFn);
  await ask(host, { type: 'load_network', id: 1, url: '/api/network/graph.bin' });
  await ask(host, {
    type: 'set_context',
    id: 2,
    adminAreas: seed.adminAreas,
    hazardZones: seed.hazardZones,
    posts: seed.posts,
    caches: seed.caches,
  });
  return host;
}

const coverageRequest = (
  candidates: Array<{ id: string; position: [number, number] }>,
): Extract<EngineRequest, { type: 'coverage' }> => ({
  type: 'coverage',
  id: 10,
  profile: 'fire_engine',
  postStatuses: ['operational'],
  candidates,
  thresholdsMin: [5, 10, 15],
  countTurnout: true,
  closures: [],
});

describe('EngineHost', () => {
  it('loads graph.bin once per version and asks with the known ETag', async () => {
    const server = graphServer();
    const host = new EngineHost(server.fetchFn);
    const first = await ask(host, { type: 'load_network', id: 1, url: '/g' });
    expect(first.changed).toBe(true);
    expect(first.version).toBe(ETAG);
    expect(first.nodes).toBeGreaterThan(0);
    const again = await ask(host, { type: 'load_network', id: 2, url: '/g' });
    expect(again.changed).toBe(false);
    expect(server.calls[1]?.['if-none-match']).toBe(ETAG);
  });

  it('answers closest with ranked routes, steps and ETA = turnout + travel', async () => {
    const host = await readyHost();
    const r = await ask(host, {
      type: 'closest',
      id: 3,
      profile: 'fire_engine',
      incident: MENGENING,
      k: 3,
      postStatuses: ['operational'],
      item: null,
      closures: [],
    });
    expect(r.id).toBe(3);
    expect(r.posts.length).toBe(3);
    expect(r.posts.map((p) => p.rank)).toEqual([1, 2, 3]);
    for (let i = 1; i < r.posts.length; i++) {
      expect(r.posts[i]?.etaS).toBeGreaterThanOrEqual(r.posts[i - 1]?.etaS ?? 0);
    }
    for (const p of r.posts) {
      expect(p.etaS).toBeCloseTo(p.turnoutS + p.travelS, 6);
      expect(p.steps.length).toBeGreaterThan(0);
      expect(p.geometry.coordinates.length).toBeGreaterThan(1);
    }
    const operational = new Set(
      seed.posts.filter((p) => p.properties.status === 'operational').map((p) => p.properties.id),
    );
    for (const p of r.posts) expect(operational.has(p.facilityId)).toBe(true);
    expect(r.caches.length).toBeGreaterThan(0);
    expect(r.ms).toBeGreaterThanOrEqual(0);
  });

  it('keeps only caches that stock enough of the item, and honours closures', async () => {
    const host = await readyHost();
    const base = {
      type: 'closest' as const,
      profile: 'fire_engine' as const,
      incident: MENGENING,
      k: 5,
      postStatuses: ['operational' as const],
      closures: [],
    };
    const chainsaws = await ask(host, { ...base, id: 4, item: { itemType: 'chainsaw', minAvailable: 2 } });
    const stocked = new Set(
      seed.caches
        .filter(
          (c) =>
            c.properties.items
              .filter((i) => i.itemType === 'chainsaw')
              .reduce((s, i) => s + i.quantityAvailable, 0) >= 2,
        )
        .map((c) => c.properties.id),
    );
    expect(chainsaws.cachesConsidered).toBe(stocked.size);
    for (const c of chainsaws.caches) expect(stocked.has(c.facilityId)).toBe(true);

    const open = await ask(host, { ...base, id: 5, item: null });
    const best = open.posts[0];
    expect(best).toBeDefined();
    // Close the road at the middle of the fastest route: the answer must change and never get faster.
    const coords = best?.geometry.coordinates ?? [];
    const middle = coords[Math.floor(coords.length / 2)] as [number, number];
    const closed = await ask(host, { ...base, id: 6, item: null, closures: [middle] });
    expect(closed.closedLinks).toBeGreaterThan(0);
    const sameFacility = closed.posts.find((p) => p.facilityId === best?.facilityId);
    if (sameFacility) expect(sameFacility.etaS).toBeGreaterThan(best?.etaS ?? 0);
    expect(closed.posts[0]?.etaS ?? Infinity).toBeGreaterThanOrEqual(best?.etaS ?? 0);
  });

  it('never reports lower coverage with a candidate than without', async () => {
    const host = await readyHost();
    const without = await ask(host, coverageRequest([]));
    expect(without.baseline).toBeNull();
    const withCandidate = await ask(host, coverageRequest([{ id: 'cand-1', position: MENGENING }]));
    expect(withCandidate.baseline).not.toBeNull();
    for (const mode of ['travelTime', 'wmkRadius', 'wmkNetwork'] as const) {
      const before = without.scenario[mode].levels;
      const after = withCandidate.scenario[mode].levels;
      expect(withCandidate.baseline?.[mode].levels.map((l) => l.coveredPopulation)).toEqual(
        before.map((l) => l.coveredPopulation),
      );
      after.forEach((level, j) => {
        expect(level.coveredPopulation).toBeGreaterThanOrEqual(before[j]?.coveredPopulation ?? Infinity);
        expect(level.coveredAreaKm2).toBeGreaterThanOrEqual(before[j]?.coveredAreaKm2 ?? Infinity);
      });
    }
    const gain = withCandidate.scenario.travelTime.levels[2];
    expect(gain?.coveredPopulation).toBeGreaterThan(
      without.scenario.travelTime.levels[2]?.coveredPopulation ?? 0,
    );
    expect(gain?.gaps).not.toBeNull();
  });

  it('draws nested isochrones for a post or a candidate', async () => {
    const host = await readyHost();
    const post = seed.posts.find((p) => p.properties.status === 'operational');
    const r = await ask(host, {
      type: 'isochrones',
      id: 7,
      profile: 'fire_engine',
      postId: post?.properties.id ?? '',
      breaksMin: [5, 10, 15],
      includeTurnout: false,
      closures: [],
    });
    const areas = r.result.features.map((f) => f.properties.areaKm2);
    expect(areas).toHaveLength(3);
    expect(areas[0]).toBeGreaterThan(0);
    expect([...areas].sort((a, b) => a - b)).toEqual(areas);
    const missing = await host.handle({
      type: 'isochrones',
      id: 8,
      profile: 'fire_engine',
      postId: 'nowhere',
      breaksMin: [5],
      includeTurnout: false,
    });
    expect(missing).toMatchObject({ type: 'error', id: 8, code: 'not_found' });
  });

  it('answers a malformed request with an error message carrying its id', async () => {
    const host = await readyHost();
    expect(await host.handle({ type: 'closest', id: 9, profile: 'tank', incident: MENGENING })).toMatchObject(
      {
        type: 'error',
        id: 9,
        code: 'bad_request',
      },
    );
    expect(await host.handle({ type: 'teleport', id: 11 })).toMatchObject({ type: 'error', id: 11 });
    expect(await host.handle('hello')).toMatchObject({ type: 'error', id: null, code: 'bad_request' });
    const badThresholds = await host.handle({ ...coverageRequest([]), id: 12, thresholdsMin: [15, 5] });
    expect(badThresholds).toMatchObject({ type: 'error', id: 12, code: 'bad_request' });
  });

  it('says the network is missing instead of hanging, and reports a failed download', async () => {
    const empty = new EngineHost(graphServer().fetchFn);
    expect(await empty.handle(coverageRequest([]))).toMatchObject({
      type: 'error',
      id: 10,
      code: 'unavailable',
    });
    const down = new EngineHost(async () =>
      Response.json(
        { error: { code: 'unavailable', message: 'network not built', details: [] } },
        { status: 503 },
      ),
    );
    expect(await down.handle({ type: 'load_network', id: 1, url: '/g' })).toMatchObject({
      type: 'error',
      id: 1,
      code: 'unavailable',
      message: 'network not built',
    });
  });
});
