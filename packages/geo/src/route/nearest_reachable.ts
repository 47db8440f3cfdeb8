import type { EdgeWeights } from '../graph/edge_weights.ts';
import type { RoadGraph } from '../graph/road_graph.ts';
import { haversineM } from '../measure/haversine.ts';
import type { VehicleProfile } from '../profiles.ts';
import { arrivalTimes, type TimedStart } from './arrival_times.ts';
import type { ClosureOptions } from './closure_mask.ts';

export interface ReachablePoint {
  /** The road junction or end nearest to the target that the starts still reach. */
  point: [number, number];
  /** Straight-line metres from there to the target. */
  distanceM: number;
  /** The road leaving there toward the target (name, else ref; null for an unnamed road). */
  roadName: string | null;
  /** Seconds from the starts (their costs included) to the point. */
  etaS: number;
}

/** The name of the road at `node` whose far end lies nearest to the target: the way on toward it. */
function roadToward(g: RoadGraph, node: number, target: readonly number[]): string | null {
  let best: string | null = null;
  let bestM = Infinity;
  for (let e = g.edgeOffsets[node] ?? 0; e < (g.edgeOffsets[node + 1] ?? 0); e++) {
    const far = g.edgeTarget[e] ?? 0;
    const road = g.linkRoad[g.edgeLink[e] ?? 0] ?? 0;
    const name = g.roadName[road] ?? g.roadRef[road] ?? null;
    const m = haversineM(g.nodeLon[far] ?? 0, g.nodeLat[far] ?? 0, target[0] ?? 0, target[1] ?? 0);
    if (m < bestM || (m === bestM && best === null)) {
      bestM = m;
      best = name;
    }
  }
  return best;
}

/**
 * When closures (or a broken network) cut a place off, the reachable point nearest to it: the node, among those
 * the starts reach by road, closest in a straight line to the target. Null when nothing is reachable at all.
 *
 * @example nearestReachable(graph, FIRE_ENGINE, posts.map((p) => ({ point: p, costS: 120 })), incident, { closures })
 */
export function nearestReachable(
  g: RoadGraph,
  profile: VehicleProfile | EdgeWeights,
  starts: readonly TimedStart[],
  target: readonly number[],
  options: ClosureOptions = {},
): ReachablePoint | null {
  const { times } = arrivalTimes(g, profile, starts, options);
  let best = -1;
  let bestM = Infinity;
  for (let node = 0; node < times.length; node++) {
    if (!Number.isFinite(times[node] ?? Infinity)) continue;
    const m = haversineM(g.nodeLon[node] ?? 0, g.nodeLat[node] ?? 0, target[0] ?? 0, target[1] ?? 0);
    if (m < bestM) {
      bestM = m;
      best = node;
    }
  }
  if (best < 0) return null;
  return {
    point: [g.nodeLon[best] ?? 0, g.nodeLat[best] ?? 0],
    distanceM: bestM,
    roadName: roadToward(g, best, target),
    etaS: times[best] ?? Infinity,
  };
}
