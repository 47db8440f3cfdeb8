import { describe, expect, it } from 'vitest';
import { demoSeed } from '../testing/demo_seed.ts';
import { EngineHost } from './engine_host.ts';
import type { EngineRequest, EngineResponse, ResponseOf } from './protocol.ts';

const seed = demoSeed();
const MENGENING: [number, number] = [115.242, -8.158];
const ETAG = '"net-1"';
const NO_SUCH_POST = '00000000-0000-4000-8000-00000000dead';

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

const at = (coordinates: [number, number]) => ({ type: 'Point' as const, coordinates });

const coverageRequest = (
  candidates: Array<{ id: string; position: [number, number] }>,
): Extract<EngineRequest, { type: 'coverage' }> => ({
  type: 'coverage',
  id: 10,
  request: {
    postStatus: ['operational'],
    candidates: candidates.map((c) => ({ id: c.id, point: at(c.position) })),
    thresholdsMin: [5, 10, 15],
    gaps: true,
  },
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
      request: { incident: at(MENGENING), k: 3 },
    });
    expect(r.id).toBe(3);
    const posts = r.answer.posts?.results ?? [];
    expect(posts.length).toBe(3);
    expect(posts.map((p) => p.rank)).toEqual([1, 2, 3]);
    for (let i = 1; i < posts.length; i++) {
      expect(posts[i]?.etaS).toBeGreaterThanOrEqual(posts[i - 1]?.etaS ?? 0);
    }
    for (const p of posts) {
      expect(p.etaS).toBeCloseTo(p.turnoutS + p.travelS, 6);
      expect(p.steps.length).toBeGreaterThan(0);
      expect(p.route.coordinates.length).toBeGreaterThan(1);
      expect(p.facility.properties.status).toBe('operational');
    }
    expect(r.answer.caches?.results.length).toBeGreaterThan(0);
    expect(r.ms).toBeGreaterThanOrEqual(0);
  });

  it('keeps only caches that stock enough of the item, and honours closures', async () => {
    const host = await readyHost();
    const base = { incident: at(MENGENING), k: 5 };
    const closest = (id: number, request: object) =>
      ask(host, { type: 'closest', id, request: { ...base, ...request } });
    const chainsaws = await closest(4, { itemType: 'chainsaw', minAvailable: 2 });
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
    expect(chainsaws.answer.caches?.considered).toBe(stocked.size);
    for (const c of chainsaws.answer.caches?.results ?? []) {
      expect(stocked.has(c.facility.properties.id)).toBe(true);
    }

    const open = await closest(5, {});
    const best = open.answer.posts?.results[0];
    expect(best).toBeDefined();
    // Close the road at the middle of the fastest route: the answer must change and never get faster.
    const coords = best?.route.coordinates ?? [];
    const middle = coords[Math.floor(coords.length / 2)] as [number, number];
    const closed = await closest(6, { closures: [at(middle)] });
    expect(closed.answer.closedLinks).toBeGreaterThan(0);
    const after = closed.answer.posts?.results ?? [];
    const sameFacility = after.find((p) => p.facility.properties.id === best?.facility.properties.id);
    if (sameFacility) expect(sameFacility.etaS).toBeGreaterThan(best?.etaS ?? 0);
    expect(after[0]?.etaS ?? Infinity).toBeGreaterThanOrEqual(best?.etaS ?? 0);
  });

  it('counts a switched-off post in the baseline only, so the loss shows', async () => {
    const host = await readyHost();
    const today = await ask(host, coverageRequest([]));
    const postId = seed.posts.find((p) => p.properties.status === 'operational')?.properties.id ?? '';
    const off = await ask(host, { ...coverageRequest([]), switchedOff: [postId] });
    expect(off.baseline?.travelTime.levels).toEqual(
      today.scenario.travelTime.levels.map((l) => ({ ...l, gaps: null })),
    );
    expect(off.scenario.postCount).toBe(today.scenario.postCount - 1);
    const lost = off.scenario.travelTime.levels.at(-1)?.coveredPopulation ?? 0;
    expect(lost).toBeLessThan(today.scenario.travelTime.levels.at(-1)?.coveredPopulation ?? 0);
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
    const postId = post?.properties.id ?? '';
    const r = await ask(host, { type: 'isochrones', id: 7, postId, request: { postId } });
    expect(r.postId).toBe(postId);
    const areas = r.result.features.map((f) => f.properties.areaKm2);
    expect(areas).toHaveLength(3);
    expect(areas[0]).toBeGreaterThan(0);
    expect([...areas].sort((a, b) => a - b)).toEqual(areas);
    const candidate = await ask(host, {
      type: 'isochrones',
      id: 8,
      postId: 'K1',
      request: { point: at(MENGENING), breaksMin: [5, 10] },
    });
    expect(candidate.result.features.map((f) => f.properties.breakMin)).toEqual([5, 10]);
    expect(candidate.result.features[0]?.properties.areaKm2).toBeGreaterThan(0);
    const missing = await host.handle({
      type: 'isochrones',
      id: 9,
      postId: NO_SUCH_POST,
      request: { postId: NO_SUCH_POST, breaksMin: [5] },
    });
    expect(missing).toMatchObject({ type: 'error', id: 9, code: 'not_found' });
  });

  it('answers a malformed request with an error message carrying its id', async () => {
    const host = await readyHost();
    const tank = { type: 'closest', id: 9, request: { profile: 'tank', incident: at(MENGENING) } };
    expect(await host.handle(tank)).toMatchObject({ type: 'error', id: 9, code: 'bad_request' });
    expect(await host.handle({ type: 'teleport', id: 11 })).toMatchObject({ type: 'error', id: 11 });
    expect(await host.handle('hello')).toMatchObject({ type: 'error', id: null, code: 'bad_request' });
    const bad = coverageRequest([]);
    const badThresholds = await host.handle({
      ...bad,
      id: 12,
      request: { ...bad.request, thresholdsMin: [15, 5] },
    });
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
