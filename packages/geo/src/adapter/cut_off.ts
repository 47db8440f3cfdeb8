import type { CutOff } from '@siaga/schema';
import type { EdgeWeights } from '../graph/edge_weights.ts';
import type { RoadGraph } from '../graph/road_graph.ts';
import { haversineM } from '../measure/haversine.ts';
import { arrivalTimes, type TimedStart } from '../route/arrival_times.ts';
import type { SearchWorkspace } from '../route/search.ts';

/**
 * Where the posts still get when none of them reaches the incident: the road junction reachable from any post
 * (closures honoured) nearest the incident in a straight line, its road's name, its distance from the incident
 * and the quickest post's ETA to it. Null when no post reaches any road.
 *
 * @example nearestReachable(graph, weights, posts, incident, closedLinks, workspace)
 */
export function nearestReachable(
  g: RoadGraph,
  w: EdgeWeights,
  starts: readonly TimedStart[],
  incident: readonly number[],
  closedLinks: Uint8Array | null,
  workspace: SearchWorkspace,
): CutOff | null {
  const { times } = arrivalTimes(g, w, starts, {
    workspace,
    ...(closedLinks === null ? {} : { closedLinks }),
  });
  const lon = incident[0] ?? 0;
  const lat = incident[1] ?? 0;
  let best = -1;
  let bestM = Infinity;
  for (let n = 0; n < times.length; n++) {
    if (!Number.isFinite(times[n] ?? Infinity)) continue;
    const m = haversineM(lon, lat, g.nodeLon[n] ?? 0, g.nodeLat[n] ?? 0);
    if (m < bestM) {
      bestM = m;
      best = n;
    }
  }
  if (best < 0) return null;
  return {
    point: { type: 'Point', coordinates: [g.nodeLon[best] ?? 0, g.nodeLat[best] ?? 0] },
    roadName: roadNameAt(g, best, closedLinks),
    distanceM: bestM,
    etaS: times[best] ?? 0,
  };
}

/** The name of an open road meeting at `node`, named roads first; null when all are unnamed. */
function roadNameAt(g: RoadGraph, node: number, closedLinks: Uint8Array | null): string | null {
  const links: number[] = [];
  for (let e = g.edgeOffsets[node] ?? 0; e < (g.edgeOffsets[node + 1] ?? 0); e++)
    links.push(g.edgeLink[e] ?? 0);
  for (let i = g.inOffsets[node] ?? 0; i < (g.inOffsets[node + 1] ?? 0); i++) {
    links.push(g.edgeLink[g.inEdge[i] ?? 0] ?? 0);
  }
  const open = links.filter((l) => closedLinks?.[l] !== 1);
  for (const l of [...open, ...links]) {
    const name = g.roadName[g.linkRoad[l] ?? 0];
    if (name) return name;
  }
  return null;
}
