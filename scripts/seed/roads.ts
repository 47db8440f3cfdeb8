import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Position } from 'geojson';
import type { DesaArea } from './admin_areas.ts';
import { DESA_POINTS } from './desa_points_table.ts';
import { addLocalRoads } from './local_roads.ts';
import { CORRIDORS, type Waypoint } from './road_corridors.ts';
import {
  addJoined,
  connectedToFirst,
  junction,
  lineLengthM,
  type NetworkPoint,
  nearestOnNetwork,
  type Road,
  sampleLine,
} from './road_network.ts';
import { roundPositions } from './round.ts';
import { addStreetGrid } from './street_grid.ts';
import { TOWN_GRIDS } from './town_grids.ts';

/** A place off the corridors that needs an access road (a desa centre, a banjar dinas, a kantor desa). */
export interface Place {
  key: string;
  name: string;
  at: Position;
}

/** A desa closer than this to a road needs no access road of its own. */
const REACHED_M = 200;
/** Access roads longer than this climb to scattered upland hamlets: mapped as tracks. */
const TRACK_ABOVE_M = 2_500;

const HAND_POINTS = new Map(DESA_POINTS.map((d) => [d.code, [d.lon, d.lat] as Position]));

/**
 * A desa waypoint is the desa's hand-placed point, which the corridors were drawn through (a desa point moved
 * onto its real polygon lies on these corridors or gets an access road to them).
 */
export function resolve(w: Waypoint): Position {
  if (typeof w !== 'string') return w;
  const p = HAND_POINTS.get(w);
  if (!p) throw new Error(`corridor waypoint ${w} is not a desa code`);
  return p;
}

/** Border crossings are found to within this step, then to 1/4096 of it. */
const BORDER_STEP_M = 50;

/**
 * A corridor up to where it first leaves the kabupaten (the roads to Bedugul, Pupuan and Kintamani go on beyond
 * the border; the seed stops them there, as it stops the coast road at Tembok). The last point kept is inside.
 */
function untilBorder(coords: Position[], outline: Feature<MultiPolygon>): Position[] {
  const inside = (p: Position) => booleanPointInPolygon(p, outline);
  const first = coords[0];
  if (!first || !inside(first))
    throw new Error(`corridor starts outside the kabupaten at ${first?.join(',')}`);
  const out: Position[] = [first];
  for (let i = 1; i < coords.length; i++) {
    const a = coords[i - 1] ?? first;
    const b = coords[i] ?? first;
    const at = (t: number): Position => [
      (a[0] ?? 0) + t * ((b[0] ?? 0) - (a[0] ?? 0)),
      (a[1] ?? 0) + t * ((b[1] ?? 0) - (a[1] ?? 0)),
    ];
    const n = Math.max(1, Math.ceil(lineLengthM([a, b]) / BORDER_STEP_M));
    const k = Array.from({ length: n }, (_, j) => j + 1).find((j) => !inside(at(j / n)));
    if (k === undefined) {
      out.push(b);
      continue;
    }
    let lo = (k - 1) / n;
    let hi = k / n;
    for (let step = 0; step < 12; step++) {
      const mid = (lo + hi) / 2;
      if (inside(at(mid))) lo = mid;
      else hi = mid;
    }
    if (lo > 0) out.push(roundPositions(at(lo)));
    return out;
  }
  return out;
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const onLandAll = (line: Position[], outline: Feature<MultiPolygon>): boolean =>
  sampleLine(line, BORDER_STEP_M).every((p) => booleanPointInPolygon(p, outline));

/**
 * The nearest point of the network when the straight line to it stays in the kabupaten; else the nearest road
 * vertex it can reach in a straight line over the kabupaten's land (where the border is concave).
 */
function overLand(
  p: Position,
  near: NetworkPoint,
  roads: readonly Road[],
  outline: Feature<MultiPolygon>,
): NetworkPoint {
  if (onLandAll([near.at, p], outline)) return near;
  const vertices = roads
    .flatMap((road) =>
      road.coords.map((at, seg) => ({ road, seg: Math.max(0, seg - 1), at, d: lineLengthM([at, p]) })),
    )
    .sort((a, b) => a.d - b.d);
  const reach = vertices.find((v) => onLandAll([v.at, p], outline));
  if (!reach) throw new Error(`no road reaches ${p.join(',')} over land`);
  return reach;
}

/**
 * Greedily from the closest, one access road from each place not yet within REACHED_M of the network to the
 * nearest point of it, starting on a vertex it shares with the network.
 */
function addAccessRoads(roads: Road[], places: Place[], outline: Feature<MultiPolygon>): void {
  const pending = new Set(places);
  for (;;) {
    let pick: { d: Place; near: ReturnType<typeof nearestOnNetwork> } | null = null;
    for (const d of [...pending]) {
      const near = nearestOnNetwork(d.at, roads);
      if (near.d <= REACHED_M) {
        pending.delete(d);
        continue;
      }
      if (!pick || near.d < pick.near.d) pick = { d, near };
    }
    if (!pick) break;
    const { d } = pick;
    const near = overLand(d.at, pick.near, roads, outline);
    pending.delete(d);
    const start = junction(near.road, near.seg, near.at);
    addJoined(roads, {
      key: d.key,
      tags:
        near.d > TRACK_ABOVE_M
          ? { highway: 'track', name: d.name, surface: 'gravel', maxspeed: '20' }
          : { highway: 'unclassified', name: d.name, surface: 'asphalt', maxspeed: '30' },
      coords: [start, d.at],
    });
  }
}

/**
 * The seed road network, in four steps: the hand-drawn corridors; an access road to each desa point (and each
 * extra place) off them; local roads between neighbouring desa (local_roads.ts); street grids in the towns
 * (town_grids.ts). Roads join only at shared vertices and every crossing is made a junction; grid streets that
 * end up joined to nothing are dropped, and any other road left apart is an error.
 */
export function buildRoads(
  desaList: DesaArea[],
  places: Place[],
  outline: Feature<MultiPolygon>,
  coast: Feature<MultiPolygon>,
): Feature<LineString>[] {
  const roads: Road[] = CORRIDORS.map((c) => ({
    key: c.key,
    tags: c.tags,
    coords: untilBorder(c.waypoints.map(resolve), outline),
  }));
  addAccessRoads(
    roads,
    [
      ...desaList.map((d) => ({
        key: `desa-${d.code.replaceAll('.', '-')}-${slug(d.name)}`,
        name: `Jalan Desa ${d.name}`,
        at: [d.lon, d.lat],
      })),
      ...places,
    ],
    outline,
  );
  addLocalRoads(roads, desaList, outline, coast);
  for (const grid of TOWN_GRIDS) addStreetGrid(roads, grid, desaList);
  const joined = connectedToFirst(roads);
  const apart = roads.filter((r) => !joined.includes(r) && !r.key.startsWith('grid-'));
  if (apart.length > 0)
    throw new Error(`roads not joined to the network: ${apart.map((r) => r.key).join(', ')}`);
  return joined.map((r) => ({
    type: 'Feature',
    properties: { '@id': `seed:${r.key}`, ...r.tags },
    geometry: { type: 'LineString', coordinates: roundPositions(r.coords) },
  }));
}
