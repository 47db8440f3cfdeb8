import type { Feature, LineString, Position } from 'geojson';
import type { DesaRecord } from './admin_areas.ts';
import { distanceM, projectOnSegment } from './planar.ts';
import { CORRIDORS, type Waypoint } from './road_corridors.ts';
import { roundPositions } from './round.ts';

/** A place off the corridors that needs an access road (a desa centre, a banjar dinas, a kantor desa). */
export interface Place {
  key: string;
  name: string;
  at: Position;
}

interface Road {
  key: string;
  tags: Record<string, string>;
  coords: Position[];
}

/** A desa closer than this to a road needs no access road of its own. */
const REACHED_M = 200;
/** A junction this close to an existing vertex reuses that vertex instead of adding one. */
const SNAP_M = 25;
/** Access roads longer than this climb to scattered upland hamlets: mapped as tracks. */
const TRACK_ABOVE_M = 2_500;

function resolve(w: Waypoint, desa: Map<string, DesaRecord>): Position {
  if (typeof w !== 'string') return w;
  const d = desa.get(w);
  if (!d) throw new Error(`corridor waypoint ${w} is not a desa code`);
  return [d.lon, d.lat];
}

function nearestOnNetwork(p: Position, roads: Road[]): { road: Road; seg: number; at: Position; d: number } {
  let best: { road: Road; seg: number; at: Position; d: number } | null = null;
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
function junction(road: Road, seg: number, at: Position): Position {
  const a = road.coords[seg];
  const b = road.coords[seg + 1];
  if (!a || !b) throw new Error('bad segment');
  if (distanceM(a, at) <= SNAP_M) return a;
  if (distanceM(b, at) <= SNAP_M) return b;
  const j = roundPositions(at);
  road.coords.splice(seg + 1, 0, j);
  return j;
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The seed road network: the hand-drawn corridors, then, greedily from the closest, one access road from each
 * desa point (and each extra place) not yet within REACHED_M of the network to the nearest point of it. Every new road starts on a
 * vertex it shares with the network, so the whole network is one connected component by construction.
 */
export function buildRoads(desaList: DesaRecord[], places: Place[]): Feature<LineString>[] {
  const desa = new Map(desaList.map((d) => [d.code, d]));
  const roads: Road[] = CORRIDORS.map((c) => ({
    key: c.key,
    tags: c.tags,
    coords: c.waypoints.map((w) => resolve(w, desa)),
  }));
  const targets: Place[] = [
    ...desaList.map((d) => ({
      key: `desa-${d.code.replaceAll('.', '-')}-${slug(d.name)}`,
      name: `Jalan Desa ${d.name}`,
      at: [d.lon, d.lat],
    })),
    ...places,
  ];
  const pending = new Set(targets);
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
    const { d, near } = pick;
    pending.delete(d);
    const start = junction(near.road, near.seg, near.at);
    const isTrack = near.d > TRACK_ABOVE_M;
    roads.push({
      key: d.key,
      tags: isTrack
        ? { highway: 'track', name: d.name, surface: 'gravel', maxspeed: '20' }
        : { highway: 'unclassified', name: d.name, surface: 'asphalt', maxspeed: '30' },
      coords: [start, d.at],
    });
  }
  return roads.map((r) => ({
    type: 'Feature',
    properties: { '@id': `seed:${r.key}`, ...r.tags },
    geometry: { type: 'LineString', coordinates: roundPositions(r.coords) },
  }));
}
