import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildGraph,
  type ClosestFacilityResult,
  closedLinkMask,
  closestFacility,
  contractHierarchy,
  createWorkspace,
  EngineNetwork,
  type Facility,
  FIRE_ENGINE,
  hierarchySearches,
  LIGHT_RESCUE,
  MOTORBIKE,
  nodeCount,
  type RoadGraph,
  readGeoJsonRoads,
  readOsmPbf,
  resetWorkspace,
  runSearch,
  seed,
  type VehicleProfile,
  weightsFor,
} from '@siaga/geo';
import { describe, expect, it } from 'vitest';
import { realDataDir } from '../../support/real_data.ts';
import { prng, randomNetwork } from './random_network.ts';

const EPS = 1e-6;
const close = (a: number, b: number): boolean => Math.abs(a - b) <= EPS * Math.max(1, Math.abs(b));

/**
 * Closest facility on a contraction hierarchy must give the plain search's answer: the same routes, ETAs and
 * directions to the last bit (each ETA is summed again along its road edges in the plain search's order), and
 * every facility the plain search shows unreachable reported too (the hierarchy may also report ones the plain
 * search stopped before reaching).
 */
function expectSameAnswer(plain: ClosestFacilityResult, fast: ClosestFacilityResult): void {
  expect(fast.incidentSnap).toEqual(plain.incidentSnap);
  expect(fast.routes).toEqual(plain.routes);
  const shown = new Set(fast.notRouted.map((n) => `${n.facilityId}:${n.reason}`));
  for (const n of plain.notRouted) expect(shown.has(`${n.facilityId}:${n.reason}`)).toBe(true);
}

/** A point: a random one on the network's box, or exactly a road node (a junction snap). */
function pointOn(g: RoadGraph, rnd: () => number, box: () => number[]): number[] {
  if (rnd() < 0.3) {
    const n = Math.floor(rnd() * nodeCount(g));
    return [g.nodeLon[n] ?? 0, g.nodeLat[n] ?? 0];
  }
  return box();
}

/** Runs `cases` seeded closest-facility questions with and without the hierarchy; returns how many were compared. */
function compareOn(
  g: RoadGraph,
  profile: VehicleProfile,
  box: () => number[],
  rnd: () => number,
  cases: number,
): number {
  const searches = hierarchySearches(contractHierarchy(g, weightsFor(g, profile).edgeSeconds));
  const workspace = createWorkspace(g);
  let routes = 0;
  for (let c = 0; c < cases; c++) {
    const incident = pointOn(g, rnd, box);
    const facilities: Facility[] = Array.from({ length: 1 + Math.floor(rnd() * 8) }, (_, i) => ({
      id: `post-${i}`,
      point: pointOn(g, rnd, box),
      turnoutSeconds: Math.round(rnd() * 180),
    }));
    const k = [1, 2, 3, facilities.length][c % 4] ?? 3;
    const plain = closestFacility(g, profile, incident, facilities, { k, workspace });
    const fast = closestFacility(g, profile, incident, facilities, { k, hierarchy: searches });
    expectSameAnswer(plain, fast);
    routes += plain.routes.length;
  }
  return routes;
}

describe('contraction hierarchy', () => {
  it('gives every shortest travel time the plain search gives, between random nodes', () => {
    for (const s of [1, 2, 3]) {
      const g = randomNetwork(s, 25).graph;
      const w = weightsFor(g, FIRE_ENGINE);
      const { ch, forward, backward } = hierarchySearches(contractHierarchy(g, w.edgeSeconds));
      const ws = createWorkspace(g);
      const rnd = prng(s * 31);
      let finite = 0;
      for (let i = 0; i < 150; i++) {
        const from = Math.floor(rnd() * nodeCount(g));
        const to = Math.floor(rnd() * nodeCount(g));
        resetWorkspace(ws);
        seed(ws, from, 0);
        runSearch(g, ws, {
          edgeSeconds: w.edgeSeconds,
          closedLinks: null,
          direction: 'forward',
          cutoffS: Infinity,
        });
        backward.reset();
        backward.seed(to, 0);
        backward.run();
        forward.reset();
        forward.seed(from, 0);
        let best = Number.POSITIVE_INFINITY;
        forward.run((u, d) => {
          if (d >= best) return true;
          best = Math.min(best, d + (backward.dist[u] as number));
          return false;
        });
        const reference = ws.dist[to] as number;
        if (Number.isFinite(reference)) {
          finite++;
          expect(close(best, reference), `${from} -> ${to}: ${best} vs ${reference}`).toBe(true);
        } else expect(best).toBe(Number.POSITIVE_INFINITY);
      }
      expect(finite).toBeGreaterThan(100);
      expect(ch.rank.length).toBe(nodeCount(g));
      expect(new Set(ch.rank).size).toBe(nodeCount(g));
    }
  });

  it('answers closest facility as the plain search does, on random networks and every profile', () => {
    let routes = 0;
    for (const s of [1, 2, 3, 4, 5, 6]) {
      const net = randomNetwork(s, s % 2 === 0 ? 20 : 10);
      for (const profile of [FIRE_ENGINE, LIGHT_RESCUE, MOTORBIKE]) {
        routes += compareOn(net.graph, profile, net.point, prng(s * 7 + profile.offNetworkKmh), 24);
      }
    }
    expect(routes).toBeGreaterThan(500);
  });

  it('answers as the plain search does on the demo seed network', () => {
    const fc = JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/roads.geojson'), 'utf8'));
    const g = buildGraph(readGeoJsonRoads(fc).roads);
    const rnd = prng(2023);
    const box = (): number[] => [114.55 + rnd() * 0.8, -8.35 + rnd() * 0.25];
    expect(compareOn(g, FIRE_ENGINE, box, rnd, 80)).toBeGreaterThan(100);
  });

  it('is not used while a road is closed: the answer is the plain search with its closures', () => {
    const net = randomNetwork(8, 15);
    const g = net.graph;
    const searches = hierarchySearches(contractHierarchy(g, weightsFor(g, FIRE_ENGINE).edgeSeconds));
    const rnd = prng(88);
    for (let c = 0; c < 10; c++) {
      const incident = net.point();
      const facilities = Array.from({ length: 5 }, (_, i) => ({
        id: `p${i}`,
        point: net.point(),
        turnoutSeconds: 60,
      }));
      const closures = Array.from({ length: 6 }, () => {
        const n = Math.floor(rnd() * nodeCount(g));
        return { type: 'Point' as const, coordinates: [g.nodeLon[n] ?? 0, g.nodeLat[n] ?? 0] };
      });
      expect(closedLinkMask(g, closures).includes(1)).toBe(true);
      const plain = closestFacility(g, FIRE_ENGINE, incident, facilities, { k: 3, closures });
      const fast = closestFacility(g, FIRE_ENGINE, incident, facilities, {
        k: 3,
        closures,
        hierarchy: searches,
      });
      expect(fast).toEqual(plain);
    }
  });
});

describe('EngineNetwork hierarchies', () => {
  /** A scheduler whose clock moves 1 ms per reading, and whose later() queues callbacks the test runs. */
  const manual = () => {
    let t = 0;
    const queue: (() => void)[] = [];
    return { queue, scheduler: { now: () => t++, later: (run: () => void) => queue.push(run), sliceMs: 2 } };
  };

  it('builds every profile in slices, and closest facility then answers on them as before', async () => {
    const g = randomNetwork(21, 20).graph;
    const network = new EngineNetwork(g, 'v1');
    const { queue, scheduler } = manual();
    const done = network.buildInSlices(scheduler);
    let slices = 0;
    while (queue.length > 0) {
      expect(network.hierarchy('motorbike')).toBeUndefined();
      queue.shift()?.();
      slices++;
    }
    expect(await done).toBeGreaterThan(0);
    expect(slices).toBeGreaterThan(10);
    for (const profile of ['fire_engine', 'light_rescue', 'motorbike'] as const) {
      expect(network.hierarchy(profile)?.ch.rank.length).toBe(nodeCount(g));
    }
  });

  it('stops when told, keeping what was built', async () => {
    const network = new EngineNetwork(randomNetwork(22, 20).graph, 'v1');
    const { queue, scheduler } = manual();
    const done = network.buildInSlices(scheduler);
    queue.shift()?.();
    network.stopHierarchies();
    while (queue.length > 0) queue.shift()?.();
    expect(await done).toBeNull();
    expect(network.hierarchy('motorbike')).toBeUndefined();
  });
});

const dir = realDataDir();
if (dir === null)
  console.warn('hierarchy.test.ts: the Andorra comparison is skipped: real data folder absent');

describe.skipIf(dir === null)('contraction hierarchy on the Andorra OSM extract (real data)', () => {
  it('answers closest facility as the plain search does', () => {
    const bytes = new Uint8Array(readFileSync(join(dir ?? '', 'osm', 'andorra.osm.pbf')));
    const g = buildGraph(readOsmPbf(bytes).roads);
    const rnd = prng(376);
    const box = (): number[] => [1.41 + rnd() * 0.36, 42.43 + rnd() * 0.22];
    expect(compareOn(g, FIRE_ENGINE, box, rnd, 60)).toBeGreaterThan(60);
  });
});
