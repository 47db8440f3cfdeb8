import { computeEdgeWeights, type EdgeWeights } from '../graph/edge_weights.ts';
import type { RoadGraph } from '../graph/road_graph.ts';
import type { VehicleProfile } from '../profiles.ts';

const cache = new WeakMap<RoadGraph, WeakMap<VehicleProfile, EdgeWeights>>();

/**
 * Weights for a profile, computed once per (graph, profile object) and remembered; precomputed weights pass
 * through. Edit a profile by making a new object, not by changing one in place.
 */
export function weightsFor(g: RoadGraph, p: VehicleProfile | EdgeWeights): EdgeWeights {
  if ('edgeSeconds' in p) return p;
  let byProfile = cache.get(g);
  if (byProfile === undefined) {
    byProfile = new WeakMap();
    cache.set(g, byProfile);
  }
  let w = byProfile.get(p);
  if (w === undefined) {
    w = computeEdgeWeights(g, p);
    byProfile.set(p, w);
  }
  return w;
}
