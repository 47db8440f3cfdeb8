import type { RoadGraph } from '../graph/road_graph.ts';
import { ONEWAY_NO } from '../graph/road_graph.ts';
import { haversineM } from '../measure/haversine.ts';

/** What the driver does where a step begins. */
export type Maneuver =
  | 'depart'
  | 'straight'
  | 'slight_left'
  | 'slight_right'
  | 'left'
  | 'right'
  | 'sharp_left'
  | 'sharp_right'
  | 'uturn'
  | 'roundabout'
  | 'arrive';

/** Upper bounds (degrees of bearing change) of straight, slight, turn and sharp; beyond the last is a U-turn. */
export const TURN_LIMITS_DEG = { straight: 20, slight: 45, turn: 120, sharp: 165 } as const;

/** How far along the route (metres) the bearing before and after a junction is measured: past kerb wiggles. */
export const BEARING_REACH_M = 20;

const RAD = Math.PI / 180;

/** Initial great-circle bearing from a to b, degrees clockwise from north in [0, 360). */
export function bearingDeg(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const y = Math.sin((lon2 - lon1) * RAD) * Math.cos(lat2 * RAD);
  const x =
    Math.cos(lat1 * RAD) * Math.sin(lat2 * RAD) -
    Math.sin(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.cos((lon2 - lon1) * RAD);
  return (Math.atan2(y, x) / RAD + 360) % 360;
}

/** Signed change from one bearing to the next in (-180, 180]: positive turns right, negative left. */
export function turnAngleDeg(before: number, after: number): number {
  const d = ((((after - before) % 360) + 540) % 360) - 180;
  return d === -180 ? 180 : d;
}

/** Names a bearing change by TURN_LIMITS_DEG. */
export function maneuverOfAngle(angle: number): Maneuver {
  const a = Math.abs(angle);
  if (a < TURN_LIMITS_DEG.straight) return 'straight';
  if (a >= TURN_LIMITS_DEG.sharp) return 'uturn';
  const side = angle > 0 ? 'right' : 'left';
  if (a < TURN_LIMITS_DEG.slight) return `slight_${side}`;
  if (a < TURN_LIMITS_DEG.turn) return side;
  return `sharp_${side}`;
}

/**
 * The turn where the route's coordinates pass vertex `at`: bearings from a point BEARING_REACH_M back (no further
 * than `from`) to the junction and from it to a point as far ahead (no further than `to`). Null when either side
 * has no length.
 */
export function turnAt(
  coords: readonly (readonly number[])[],
  from: number,
  at: number,
  to: number,
): number | null {
  const j = coords[at];
  if (j === undefined) return null;
  const back = reach(coords, at, Math.max(from, 0), -1);
  const ahead = reach(coords, at, Math.min(to, coords.length - 1), 1);
  if (back === null || ahead === null) return null;
  const before = bearingDeg(back[0] ?? 0, back[1] ?? 0, j[0] ?? 0, j[1] ?? 0);
  const after = bearingDeg(j[0] ?? 0, j[1] ?? 0, ahead[0] ?? 0, ahead[1] ?? 0);
  return turnAngleDeg(before, after);
}

function reach(
  coords: readonly (readonly number[])[],
  at: number,
  limit: number,
  dir: 1 | -1,
): readonly number[] | null {
  let along = 0;
  let found: readonly number[] | null = null;
  for (let i = at; i !== limit; i += dir) {
    const a = coords[i];
    const b = coords[i + dir];
    if (a === undefined || b === undefined) break;
    const len = haversineM(a[0] ?? 0, a[1] ?? 0, b[0] ?? 0, b[1] ?? 0);
    if (len === 0) continue;
    found = b;
    along += len;
    if (along >= BEARING_REACH_M) break;
  }
  return found;
}

const roundabouts = new WeakMap<RoadGraph, Uint8Array>();

/**
 * 1 for each road drawn as a roundabout: a one-way road whose links close on themselves, which is how a
 * `junction=roundabout` way is mapped (the graph keeps the one-way it implies, not the tag itself).
 */
export function roundaboutRoads(g: RoadGraph): Uint8Array {
  const known = roundabouts.get(g);
  if (known !== undefined) return known;
  const out = new Uint8Array(g.roadClass.length);
  const balance = new Map<number, Map<number, number>>();
  for (let l = 0; l < g.linkFrom.length; l++) {
    const r = g.linkRoad[l] ?? 0;
    if ((g.roadOneway[r] ?? ONEWAY_NO) === ONEWAY_NO) continue;
    const m = balance.get(r) ?? new Map<number, number>();
    balance.set(r, m);
    const from = g.linkFrom[l] ?? 0;
    const to = g.linkTo[l] ?? 0;
    m.set(from, (m.get(from) ?? 0) + 1);
    m.set(to, (m.get(to) ?? 0) - 1);
  }
  for (const [r, m] of balance) if ([...m.values()].every((v) => v === 0)) out[r] = 1;
  roundabouts.set(g, out);
  return out;
}
