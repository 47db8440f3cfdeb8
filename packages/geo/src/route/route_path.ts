import type { EdgeWeights } from '../graph/edge_weights.ts';
import type { RoadGraph } from '../graph/road_graph.ts';
import { haversineM } from '../measure/haversine.ts';
import { type Maneuver, maneuverOfAngle, roundaboutRoads, turnAt } from './turns.ts';

/** A stretch of one link driven from fraction `from` to fraction `to` (to < from when driven against its vertices). */
export interface Piece {
  link: number;
  from: number;
  to: number;
}

/** One line of the directions. `name` null means an unnamed road (the UI translates it). */
export interface RouteStep {
  kind: 'road' | 'off_network';
  name: string | null;
  ref: string | null;
  distanceM: number;
  /** Seconds from leaving the start (turnout not included) to the end of this step. */
  cumulativeS: number;
  /** What the driver does where the step begins; `distanceM` is then the way to the next step's maneuver. */
  maneuver: Maneuver;
  /** Bearing change at the step's start in degrees, positive to the right; null for depart and arrive. */
  turnDeg: number | null;
}

export interface RouteGeometry {
  type: 'LineString';
  coordinates: [number, number][];
}

export interface DrawnRoute {
  geometry: RouteGeometry;
  steps: RouteStep[];
  networkM: number;
  networkS: number;
}

/**
 * Draws a route: start point, off-network leg, the pieces, off-network leg, end point. Consecutive pieces on
 * roads with the same name and ref become one step (a roundabout stays a step of its own); each step gets the
 * maneuver where it begins (see directionsOf).
 */
export function drawRoute(
  g: RoadGraph,
  w: EdgeWeights,
  start: readonly number[],
  end: readonly number[],
  pieces: readonly Piece[],
  offStart: { m: number; s: number },
  offEnd: { m: number; s: number },
): DrawnRoute {
  const coordinates: [number, number][] = [];
  // The last vertex written, kept in locals: a route has thousands of vertices, each checked against the last.
  let lastLon = Number.NaN;
  let lastLat = Number.NaN;
  const add = (lon: number, lat: number): void => {
    if (lon !== lastLon || lat !== lastLat) {
      coordinates.push([lon, lat]);
      lastLon = lon;
      lastLat = lat;
    }
  };
  const steps: RouteStep[] = [];
  /** Per step: the index in `coordinates` where it begins, and whether it runs round a roundabout. */
  const begins: number[] = [];
  const circles: boolean[] = [];
  const rings = roundaboutRoads(g);
  const push = (step: Omit<RouteStep, 'maneuver' | 'turnDeg'>, ring: boolean): void => {
    const { kind, name, ref, distanceM, cumulativeS } = step;
    steps.push({ kind, name, ref, distanceM, cumulativeS, maneuver: 'straight', turnDeg: null });
    begins.push(Math.max(0, coordinates.length - 1));
    circles.push(ring);
  };
  let clock = 0;
  add(start[0] ?? 0, start[1] ?? 0);
  if (offStart.m > 0) {
    clock += offStart.s;
    push({ kind: 'off_network', name: null, ref: null, distanceM: offStart.m, cumulativeS: clock }, false);
  }
  let networkM = 0;
  let networkS = 0;
  for (const p of pieces) {
    const span = Math.abs(p.to - p.from);
    if (span === 0) continue;
    const road = g.linkRoad[p.link] ?? 0;
    const name = g.roadName[road] ?? null;
    const ref = g.roadRef[road] ?? null;
    const ring = rings[road] === 1;
    const last = steps[steps.length - 1];
    const same =
      last !== undefined &&
      last.kind === 'road' &&
      last.name === name &&
      last.ref === ref &&
      circles[circles.length - 1] === ring;
    if (!same) push({ kind: 'road', name, ref, distanceM: 0, cumulativeS: clock }, ring);
    const n = sliceLink(g, p.link, p.from, p.to);
    if (p.from <= p.to) for (let i = 0; i < n; i++) add(slice[2 * i] ?? 0, slice[2 * i + 1] ?? 0);
    else for (let i = n - 1; i >= 0; i--) add(slice[2 * i] ?? 0, slice[2 * i + 1] ?? 0);
    const m = span * (g.linkLengthM[p.link] ?? 0);
    const s = span * (w.linkSeconds[p.link] ?? 0);
    networkM += m;
    networkS += s;
    clock += s;
    const step = steps[steps.length - 1] as RouteStep;
    step.distanceM += m;
    step.cumulativeS = clock;
  }
  if (offEnd.m > 0) {
    clock += offEnd.s;
    push({ kind: 'off_network', name: null, ref: null, distanceM: offEnd.m, cumulativeS: clock }, false);
  }
  add(end[0] ?? 0, end[1] ?? 0);
  if (coordinates.length === 1) coordinates.push([...(coordinates[0] ?? [0, 0])] as [number, number]);
  directionsOf(coordinates, steps, begins, circles);
  return { geometry: { type: 'LineString', coordinates }, steps, networkM, networkS };
}

/**
 * Sets each step's maneuver: the off-road leg from the start departs and the one to the end arrives; the first
 * road step departs; a roundabout step is `roundabout`; every other road step is named by the bearing change
 * where it begins (straight / slight / turn / sharp left or right / U-turn).
 */
function directionsOf(
  coordinates: readonly [number, number][],
  steps: RouteStep[],
  begins: readonly number[],
  circles: readonly boolean[],
): void {
  let roadSeen = false;
  steps.forEach((step, i) => {
    if (step.kind === 'off_network') {
      step.maneuver = roadSeen ? 'arrive' : 'depart';
      return;
    }
    const at = begins[i] ?? 0;
    const angle = roadSeen
      ? turnAt(coordinates, begins[i - 1] ?? 0, at, begins[i + 1] ?? coordinates.length - 1)
      : null;
    step.turnDeg = angle;
    step.maneuver = !roadSeen ? 'depart' : circles[i] ? 'roundabout' : maneuverOfAngle(angle ?? 0);
    roadSeen = true;
  });
}

/**
 * Flat [lon, lat, ...] scratch for one link slice, reused by every drawRoute: building the slice as tuples and
 * then copying them into the route doubled the garbage per call, and the young-generation collections it caused
 * landed on the closest-facility p99.
 */
let slice = new Float64Array(512);

/**
 * Writes the vertices of link `l` between two length fractions into `slice`, in vertex order (the caller walks
 * them backward when to < from); returns how many.
 */
function sliceLink(g: RoadGraph, l: number, from: number, to: number): number {
  const start = g.linkCoordStart[l] ?? 0;
  const end = g.linkCoordStart[l + 1] ?? 0;
  if (slice.length < 2 * (end - start + 1)) slice = new Float64Array(4 * (end - start + 1));
  const c = g.coords;
  const out = slice;
  if (Math.min(from, to) <= 0 && Math.max(from, to) >= 1) {
    // The whole link (most pieces of a long route): its vertices as they are.
    out.set(c.subarray(2 * start, 2 * end));
    return end - start;
  }
  const total = g.linkLengthM[l] ?? 0;
  const lo = Math.min(from, to) * total;
  const hi = Math.max(from, to) * total;
  let n = 0;
  let along = 0;
  for (let v = start; v < end - 1; v++) {
    const ax = c[2 * v] ?? 0;
    const ay = c[2 * v + 1] ?? 0;
    const bx = c[2 * v + 2] ?? 0;
    const by = c[2 * v + 3] ?? 0;
    const len = haversineM(ax, ay, bx, by);
    const next = along + len;
    if (n === 0 && next >= lo) {
      const t = len > 0 ? Math.max(0, (lo - along) / len) : 0;
      out[2 * n] = ax + t * (bx - ax);
      out[2 * n + 1] = ay + t * (by - ay);
      n++;
    }
    if (n > 0) {
      if (next >= hi || v === end - 2) {
        const t = len > 0 ? Math.min(1, Math.max(0, (hi - along) / len)) : 1;
        out[2 * n] = ax + t * (bx - ax);
        out[2 * n + 1] = ay + t * (by - ay);
        n++;
        break;
      }
      out[2 * n] = bx;
      out[2 * n + 1] = by;
      n++;
    }
    along = next;
  }
  return n;
}
