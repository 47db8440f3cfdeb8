import type { Position } from 'geojson';
import { distanceM, M_PER_DEG_LAT, M_PER_DEG_LON, projectOnSegment } from './planar.ts';
import { roundPositions } from './round.ts';

/** A seed road while the network is being built: lines are edited in place when another road joins them. */
export interface Road {
  key: string;
  tags: Record<string, string>;
  coords: Position[];
}

/** A junction this close to an existing vertex reuses that vertex instead of adding one. */
export const SNAP_M = 25;

export interface NetworkPoint {
  road: Road;
  seg: number;
  at: Position;
  d: number;
}

export function nearestOnNetwork(p: Position, roads: readonly Road[]): NetworkPoint {
  let best: NetworkPoint | null = null;
  for (const road of roads) {
    for (let i = 0; i + 1 < road.coords.length; i++) {
      const a = road.coords[i];
      const b = road.coords[i + 1];
      if (!a || !b) continue;
      const pr = projectOnSegment(p, a, b);
      if (!best || pr.d < best.d) best = { road, seg: i, at: pr.at, d: pr.d };
    }
  }
  if (!best) throw new Error('empty road network');
  return best;
}

/** Puts a junction on `road` at the projected point (or its nearest vertex) so both roads share it. */
export function junction(road: Road, seg: number, at: Position): Position {
  const a = road.coords[seg];
  const b = road.coords[seg + 1];
  if (!a || !b) throw new Error('bad segment');
  if (distanceM(a, at) <= SNAP_M) return a;
  if (distanceM(b, at) <= SNAP_M) return b;
  const j = roundPositions(at);
  road.coords.splice(seg + 1, 0, j);
  return j;
}

export function positionKey(p: Position): string {
  return `${p[0]},${p[1]}`;
}

/** Points every `stepM` metres along a line, both ends included. */
export function sampleLine(coords: readonly Position[], stepM: number): Position[] {
  const out: Position[] = [];
  for (let i = 0; i + 1 < coords.length; i++) {
    const a = coords[i] ?? [];
    const b = coords[i + 1] ?? [];
    const n = Math.max(1, Math.ceil(distanceM(a, b) / stepM));
    for (let k = 0; k < n; k++) {
      const t = k / n;
      out.push([
        (a[0] ?? 0) + t * ((b[0] ?? 0) - (a[0] ?? 0)),
        (a[1] ?? 0) + t * ((b[1] ?? 0) - (a[1] ?? 0)),
      ]);
    }
  }
  const last = coords[coords.length - 1];
  if (last) out.push(last);
  return out;
}

export function lineLengthM(coords: readonly Position[]): number {
  let m = 0;
  for (let i = 1; i < coords.length; i++) m += distanceM(coords[i - 1] ?? [], coords[i] ?? []);
  return m;
}

/** Share of a line's sample points lying within `withinM` of some road of the network. */
export function shareNearNetwork(
  coords: readonly Position[],
  roads: readonly Road[],
  withinM: number,
): number {
  const samples = sampleLine(coords, 100);
  const near = samples.filter((p) => nearestOnNetwork(p, roads).d <= withinM).length;
  return near / samples.length;
}

interface Crossing {
  road: Road;
  seg: number;
  /** Position along the existing segment, to order several crossings of one segment. */
  u: number;
  newSeg: number;
  t: number;
  at: Position;
}

/** Where segments a-b and c-d cross, as fractions along each; null when parallel or apart. */
function segmentCrossing(
  a: Position,
  b: Position,
  c: Position,
  d: Position,
): { t: number; u: number } | null {
  const ax = (a[0] ?? 0) * M_PER_DEG_LON;
  const ay = (a[1] ?? 0) * M_PER_DEG_LAT;
  const rx = ((b[0] ?? 0) - (a[0] ?? 0)) * M_PER_DEG_LON;
  const ry = ((b[1] ?? 0) - (a[1] ?? 0)) * M_PER_DEG_LAT;
  const cx = (c[0] ?? 0) * M_PER_DEG_LON;
  const cy = (c[1] ?? 0) * M_PER_DEG_LAT;
  const sx = ((d[0] ?? 0) - (c[0] ?? 0)) * M_PER_DEG_LON;
  const sy = ((d[1] ?? 0) - (c[1] ?? 0)) * M_PER_DEG_LAT;
  const den = rx * sy - ry * sx;
  if (Math.abs(den) < 1e-6 * Math.hypot(rx, ry) * Math.hypot(sx, sy)) return null;
  const t = ((cx - ax) * sy - (cy - ay) * sx) / den;
  const u = ((cx - ax) * ry - (cy - ay) * rx) / den;
  return t >= 0 && t <= 1 && u >= 0 && u <= 1 ? { t, u } : null;
}

/**
 * Adds `road` to the network and makes every crossing a junction, as it is on the ground: the crossing point
 * becomes a vertex of both lines (an existing vertex within SNAP_M is reused instead). Lines that already share
 * the vertex where they meet are left alone.
 */
export function addJoined(roads: Road[], road: Road): void {
  const crossings: Crossing[] = [];
  for (const other of roads) {
    for (let j = 0; j + 1 < other.coords.length; j++) {
      const c = other.coords[j] ?? [];
      const d = other.coords[j + 1] ?? [];
      for (let i = 0; i + 1 < road.coords.length; i++) {
        const a = road.coords[i] ?? [];
        const b = road.coords[i + 1] ?? [];
        const hit = segmentCrossing(a, b, c, d);
        if (!hit) continue;
        const x: Position = [
          (a[0] ?? 0) + hit.t * ((b[0] ?? 0) - (a[0] ?? 0)),
          (a[1] ?? 0) + hit.t * ((b[1] ?? 0) - (a[1] ?? 0)),
        ];
        const onOther = [c, d].find((v) => distanceM(v, x) <= SNAP_M);
        const onNew = [a, b].find((v) => distanceM(v, x) <= SNAP_M);
        const at = onOther ?? onNew ?? roundPositions(x);
        crossings.push({ road: other, seg: j, u: hit.u, newSeg: i, t: hit.t, at });
      }
    }
  }
  const insertInto = (coords: Position[], items: { seg: number; f: number; at: Position }[]): Position[] => {
    const has = new Set(coords.map(positionKey));
    const bySeg = new Map<number, { f: number; at: Position }[]>();
    for (const it of items) {
      if (has.has(positionKey(it.at))) continue;
      has.add(positionKey(it.at));
      bySeg.set(it.seg, [...(bySeg.get(it.seg) ?? []), it]);
    }
    const out: Position[] = [];
    coords.forEach((p, i) => {
      out.push(p);
      for (const it of (bySeg.get(i) ?? []).sort((x, y) => x.f - y.f)) out.push(it.at);
    });
    return out;
  };
  for (const other of new Set(crossings.map((c) => c.road))) {
    other.coords = insertInto(
      other.coords,
      crossings.filter((c) => c.road === other).map((c) => ({ seg: c.seg, f: c.u, at: c.at })),
    );
  }
  road.coords = insertInto(
    road.coords,
    crossings.map((c) => ({ seg: c.newSeg, f: c.t, at: c.at })),
  );
  roads.push(road);
}

/** The roads joined (through shared vertices) to the first road; anything else would be an island. */
export function connectedToFirst(roads: readonly Road[]): Road[] {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    parent.set(k, r);
    return r;
  };
  for (const road of roads) {
    const keys = road.coords.map(positionKey);
    for (const k of keys) if (!parent.has(k)) parent.set(k, k);
    for (const k of keys.slice(1)) parent.set(find(k), find(keys[0] ?? ''));
  }
  const first = roads[0]?.coords[0];
  if (!first) return [];
  const root = find(positionKey(first));
  return roads.filter((r) => find(positionKey(r.coords[0] ?? [])) === root);
}
