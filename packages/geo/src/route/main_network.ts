import { mainNetworkLinks, stronglyConnectedComponents } from '../graph/components.ts';
import type { EdgeWeights } from '../graph/edge_weights.ts';
import type { RoadGraph } from '../graph/road_graph.ts';

const cache = new WeakMap<EdgeWeights, Uint8Array>();

/**
 * The links of a profile's main network (the largest strongly connected component of its weights), computed
 * once per weights object and remembered: 1 = a point may snap there, 0 = an island.
 */
export function mainLinksFor(g: RoadGraph, w: EdgeWeights): Uint8Array {
  let links = cache.get(w);
  if (links === undefined || links.length !== w.linkSeconds.length) {
    links = mainNetworkLinks(g, stronglyConnectedComponents(g, w.edgeSeconds));
    cache.set(w, links);
  }
  return links;
}
