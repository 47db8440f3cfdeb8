import {
  arrivalTimes,
  buildGraph,
  closestFacility,
  deserializeGraph,
  type Facility,
  FIRE_ENGINE,
  MOTORBIKE,
  nodeCount,
  serializeGraph,
  travelTimeMatrix,
} from '@siaga/geo';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from './fixtures.ts';
import { prng, randomNetwork } from './random_network.ts';

const SEEDS = [1, 2, 3, 4, 5];
const EPS = 1e-6;

describe('routing properties on seeded random networks', () => {
  it('the travel-time matrix obeys the triangle inequality', () => {
    for (const seed of SEEDS) {
      const net = randomNetwork(seed);
      const pts = Array.from({ length: 12 }, net.point);
      const m = travelTimeMatrix(net.graph, FIRE_ENGINE, pts, pts);
      const n = pts.length;
      let finite = 0;
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          for (let k = 0; k < n; k++) {
            const direct = m[i * n + k] ?? NaN;
            const via = (m[i * n + j] ?? NaN) + (m[j * n + k] ?? NaN);
            if (Number.isFinite(via)) {
              finite++;
              expect(direct).toBeLessThanOrEqual(via + EPS);
            }
          }
        }
      }
      expect(finite).toBeGreaterThan(n * n);
    }
  });

  it('closing a road never shortens a route', () => {
    for (const seed of SEEDS) {
      const net = randomNetwork(seed);
      const origins = Array.from({ length: 6 }, net.point);
      const dests = Array.from({ length: 6 }, net.point);
      const open = travelTimeMatrix(net.graph, FIRE_ENGINE, origins, dests);
      const closures = Array.from({ length: 4 }, () => ({
        type: 'Point' as const,
        coordinates: net.point(),
      }));
      const closed = travelTimeMatrix(net.graph, FIRE_ENGINE, origins, dests, { closures });
      open.forEach((t, i) => {
        expect(closed[i] ?? NaN).toBeGreaterThanOrEqual(t - EPS);
      });
    }
  });

  it('adding a facility never increases the nearest ETA', () => {
    for (const seed of SEEDS) {
      const net = randomNetwork(seed);
      const rnd = prng(seed * 97);
      const facilities: Facility[] = [];
      const incident = net.point();
      let previous = Infinity;
      for (let f = 0; f < 8; f++) {
        facilities.push({ id: `post-${f}`, point: net.point(), turnoutSeconds: Math.round(rnd() * 180) });
        const best = closestFacility(net.graph, FIRE_ENGINE, incident, facilities, { k: 1 }).routes[0]?.etaS;
        const eta = best ?? Infinity;
        expect(eta).toBeLessThanOrEqual(previous + EPS);
        previous = eta;
      }
    }
  });

  it('closestFacility ETAs equal turnout + the matrix, and arrivalTimes agrees with the matrix', () => {
    for (const seed of SEEDS) {
      const net = randomNetwork(seed);
      const facilities: Facility[] = Array.from({ length: 6 }, (_, i) => ({
        id: `p${i}`,
        point: net.point(),
        turnoutSeconds: 30 * i,
      }));
      const incident = net.point();
      const result = closestFacility(net.graph, MOTORBIKE, incident, facilities, { k: facilities.length });
      const m = travelTimeMatrix(
        net.graph,
        MOTORBIKE,
        facilities.map((f) => f.point),
        [incident],
      );
      for (const r of result.routes) {
        const i = facilities.findIndex((f) => f.id === r.facilityId);
        expect(r.etaS).toBeCloseTo((facilities[i]?.turnoutSeconds ?? 0) + (m[i] ?? NaN), 6);
        expect(r.steps[r.steps.length - 1]?.cumulativeS).toBeCloseTo(r.travelS, 6);
      }
      const reachable = Array.from(m).filter(Number.isFinite).length;
      expect(result.routes.length).toBe(reachable);
      const g = net.graph;
      const nodes = [0, 7, 23, nodeCount(g) - 1].map((n) => [g.nodeLon[n] ?? 0, g.nodeLat[n] ?? 0]);
      const start = facilities[0]?.point ?? [];
      const times = arrivalTimes(g, MOTORBIKE, [{ point: start, costS: 0 }]).times;
      const row = travelTimeMatrix(g, MOTORBIKE, [start], nodes);
      [0, 7, 23, nodeCount(g) - 1].forEach((n, j) => {
        expect(times[n]).toBeCloseTo(row[j] ?? NaN, 6);
      });
    }
  });

  it('arrivalTimes honours the cutoff', () => {
    const net = randomNetwork(9);
    const starts = [{ point: net.point(), costS: 0 }];
    const full = arrivalTimes(net.graph, FIRE_ENGINE, starts).times;
    const cut = arrivalTimes(net.graph, FIRE_ENGINE, starts, { cutoffS: 120 }).times;
    full.forEach((t, i) => {
      expect(cut[i]).toBe(t <= 120 ? t : Infinity);
    });
  });
});

describe('graph serialisation and purity', () => {
  it('round-trips a graph through its binary form', () => {
    const { graph } = randomNetwork(11);
    const back = deserializeGraph(serializeGraph(graph));
    expect(back).toEqual(graph);
    expect(serializeGraph(back)).toEqual(serializeGraph(graph));
  });

  it('refuses a buffer that is not a graph', () => {
    expect(() => deserializeGraph(new ArrayBuffer(16))).toThrow(/not a Siaga road graph/);
  });

  it('does not mutate its inputs', () => {
    const net = randomNetwork(12);
    const roads = deepFreeze(structuredClone(net.roads));
    const facilities = deepFreeze(
      Array.from({ length: 4 }, (_, i) => ({ id: `p${i}`, point: net.point(), turnoutSeconds: 60 })),
    );
    const incident = deepFreeze(net.point());
    const closures = deepFreeze([{ type: 'Point' as const, coordinates: net.point() }]);
    const before = new Uint8Array(serializeGraph(net.graph));
    closestFacility(net.graph, FIRE_ENGINE, incident, facilities, { k: 2, closures });
    travelTimeMatrix(net.graph, FIRE_ENGINE, [incident], [facilities[0]?.point ?? []], { closures });
    arrivalTimes(net.graph, FIRE_ENGINE, [{ point: incident, costS: 0 }], { closures });
    expect(new Uint8Array(serializeGraph(net.graph))).toEqual(before);
    expect(buildGraph(roads)).toEqual(net.graph);
    expect(roads).toEqual(net.roads);
  });
});
