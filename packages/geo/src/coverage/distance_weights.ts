import type { EdgeWeights } from '../graph/edge_weights.ts';
import type { RoadGraph } from '../graph/road_graph.ts';

/**
 * Edge weights in metres instead of seconds, over the links the profile may drive, so the routing engineer's
 * search measures network distance (the WMK rule by road). The off-network leg counts metre for metre: a speed
 * of 3.6 km/h is one metre per "second".
 */
export function distanceWeights(g: RoadGraph, w: EdgeWeights): EdgeWeights {
  const linkSeconds = new Float32Array(w.linkSeconds.length);
  for (let l = 0; l < linkSeconds.length; l++) {
    linkSeconds[l] = Number.isFinite(w.linkSeconds[l] ?? Infinity) ? (g.linkLengthM[l] ?? 0) : Infinity;
  }
  const edgeSeconds = new Float32Array(w.edgeSeconds.length);
  for (let e = 0; e < edgeSeconds.length; e++) edgeSeconds[e] = linkSeconds[g.edgeLink[e] ?? 0] ?? Infinity;
  return { profile: { ...w.profile, offNetworkKmh: 3.6 }, linkSeconds, edgeSeconds };
}
