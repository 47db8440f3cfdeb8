import {
  anchorPoint,
  arrivalTimes,
  buildGraph,
  closestFacility,
  deserializeGraph,
  type Facility,
  FIRE_ENGINE,
  haversineM,
  MOTORBIKE,
  nodeCount,
  serializeGraph,
  travelTimeMatrix,
  weightsFor,
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

describe('junction snaps', () => {
  it('a route from a junction is never longer than the best route from any of its links', () => {
    for (const seed of SEEDS) {
      const net = randomNetwork(seed);
      const g = net.graph;
      const w = weightsFor(g, FIRE_ENGINE);
      const dests = Array.from({ length: 5 }, net.point);
      let compared = 0;
      for (let node = 0; node < nodeCount(g); node += 3) {
        const junction = [g.nodeLon[node] ?? 0, g.nodeLat[node] ?? 0];
        // A node off the main network (a one-way trap) snaps elsewhere on foot: not a junction snap.
        if (anchorPoint(g, w, junction, null)?.snap.offNetworkM !== 0) continue;
        const fromJunction = travelTimeMatrix(g, FIRE_ENGINE, [junction], dests);
        for (let l = 0; l < g.linkFrom.length; l++) {
          const atStart = g.linkFrom[l] === node;
          if (!atStart && g.linkTo[l] !== node) continue;
          const lengthM = g.linkLengthM[l] ?? 0;
          if (lengthM < 10 || !Number.isFinite(w.linkSeconds[l] ?? Infinity)) continue;
          // A point 2 m into the link from the junction: on the link, but not a junction snap.
          const v = atStart ? (g.linkCoordStart[l] ?? 0) : (g.linkCoordStart[l + 1] ?? 0) - 1;
          const next = atStart ? v + 1 : v - 1;
          const x0 = g.coords[2 * v] ?? 0;
          const y0 = g.coords[2 * v + 1] ?? 0;
          const segM = haversineM(x0, y0, g.coords[2 * next] ?? 0, g.coords[2 * next + 1] ?? 0);
          const t = 2 / segM;
          const onLink = [
            x0 + t * ((g.coords[2 * next] ?? 0) - x0),
            y0 + t * ((g.coords[2 * next + 1] ?? 0) - y0),
          ];
          const fromLink = travelTimeMatrix(g, FIRE_ENGINE, [onLink], dests);
          const slack = ((w.linkSeconds[l] ?? 0) * 2) / lengthM + EPS;
          fromJunction.forEach((tj, j) => {
            const tl = fromLink[j] ?? Infinity;
            if (Number.isFinite(tl)) {
              compared++;
              expect(tj).toBeLessThanOrEqual(tl + slack);
            }
          });
        }
      }
      expect(compared).toBeGreaterThan(50);
    }
  });
});
