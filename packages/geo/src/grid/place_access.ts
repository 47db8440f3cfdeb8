import type { EdgeWeights } from '../graph/edge_weights.ts';
import type { RoadGraph } from '../graph/road_graph.ts';
import { snapPoint } from '../snap.ts';

/**
 * Cells whose centre lies farther than this from every road the profile may drive are "no road": never covered
 * by travel time or network distance. 500 m is about 7 min on foot with gear at 4 km/h, the most a crew would
 * carry equipment from a truck; farther land in Buleleng is forest, plantation or mountain slope.
 */
export const DEFAULT_MAX_ACCESS_M = 500;

/**
 * Where each of a list of places (cell centres, desa points) meets the road network, computed once per graph and
 * profile: the nearest drivable link, the fraction along it (0 at linkFrom, 1 at linkTo, by length) and the
 * straight off-road distance. `link` is -1 when no drivable road lies within the access distance.
 */
export interface PlaceAccess {
  link: Int32Array;
  fraction: Float32Array;
  offRoadM: Float32Array;
}

/**
 * Snaps every place (`lonLat` = lon0, lat0, lon1, lat1, …) with the routing snapper, to links the profile may
 * drive (closures are applied per query instead, so this stays valid while roads open and close).
 *
 * @example placeAccess(graph, weights, Float64Array.of(115.09, -8.11), 500).link[0] // nearest link or -1
 */
export function placeAccess(
  g: RoadGraph,
  w: EdgeWeights,
  lonLat: Float64Array,
  maxAccessM: number,
): PlaceAccess {
  const n = lonLat.length >> 1;
  const link = new Int32Array(n).fill(-1);
  const fraction = new Float32Array(n);
  const offRoadM = new Float32Array(n);
  const accept = (l: number): boolean => Number.isFinite(w.linkSeconds[l] ?? Infinity);
  const point = [0, 0];
  for (let i = 0; i < n; i++) {
    point[0] = lonLat[2 * i] as number;
    point[1] = lonLat[2 * i + 1] as number;
    const snap = snapPoint(g, point, { maxSnapM: maxAccessM, accept });
    if (snap === null) continue;
    link[i] = snap.link;
    fraction[i] = snap.fraction;
    offRoadM[i] = snap.offNetworkM;
  }
  return { link, fraction, offRoadM };
}
