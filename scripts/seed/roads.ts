import type { Feature, LineString, MultiPolygon, Position } from 'geojson';
import type { DesaArea } from './admin_areas.ts';
import { addLocalRoads } from './local_roads.ts';
import { CORRIDORS, type Waypoint } from './road_corridors.ts';
import { addJoined, connectedToFirst, junction, nearestOnNetwork, type Road } from './road_network.ts';
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

function resolve(w: Waypoint, desa: Map<string, DesaArea>): Position {
  if (typeof w !== 'string') return w;
  const d = desa.get(w);
  if (!d) throw new Error(`corridor waypoint ${w} is not a desa code`);
  return [d.lon, d.lat];
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Greedily from the closest, one access road from each place not yet within REACHED_M of the network to the
 * nearest point of it, starting on a vertex it shares with the network.
 */
function addAccessRoads(roads: Road[], places: Place[]): void {
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
    const { d, near } = pick;
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
  const desa = new Map(desaList.map((d) => [d.code, d]));
  const roads: Road[] = CORRIDORS.map((c) => ({
    key: c.key,
    tags: c.tags,
    coords: c.waypoints.map((w) => resolve(w, desa)),
  }));
  addAccessRoads(roads, [
    ...desaList.map((d) => ({
      key: `desa-${d.code.replaceAll('.', '-')}-${slug(d.name)}`,
      name: `Jalan Desa ${d.name}`,
      at: [d.lon, d.lat],
    })),
    ...places,
  ]);
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
