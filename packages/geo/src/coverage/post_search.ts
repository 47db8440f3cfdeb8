import type { EdgeWeights } from '../graph/edge_weights.ts';
import type { RoadGraph } from '../graph/road_graph.ts';
import type { LinkStart } from '../grid/place_costs.ts';
import { anchorPoint, seedLeaving } from '../route/anchor.ts';
import { resetWorkspace, runSearch, type SearchWorkspace } from '../route/search.ts';
import type { CoveragePost } from './coverage_inputs.ts';

export interface PostSearch {
  /** Cost from the nearest post to every node (the workspace's buffer: read it before the next search). */
  nodeCost: Float64Array;
  starts: LinkStart[];
  /** Ids of posts with no drivable, open road within the profile's snap distance. */
  unanchored: string[];
}

/**
 * One multi-source forward search from all posts (direction post -> place), each starting at its own base cost
 * (turnout for travel time, 0 for distance), stopping at `cutoff`.
 */
export function searchFromPosts(
  g: RoadGraph,
  ws: SearchWorkspace,
  w: EdgeWeights,
  posts: readonly CoveragePost[],
  baseCost: (post: CoveragePost) => number,
  closedLinks: Uint8Array | null,
  cutoff: number,
): PostSearch {
  resetWorkspace(ws);
  const starts: LinkStart[] = [];
  const unanchored: string[] = [];
  for (const post of posts) {
    const anchor = anchorPoint(g, w, post.position, closedLinks);
    if (anchor === null) {
      unanchored.push(post.id);
      continue;
    }
    const base = baseCost(post);
    seedLeaving(g, ws, w, anchor, base);
    starts.push({ link: anchor.snap.link, fraction: anchor.snap.fraction, cost: base + anchor.offNetworkS });
  }
  runSearch(g, ws, { edgeSeconds: w.edgeSeconds, closedLinks, direction: 'forward', cutoffS: cutoff });
  return { nodeCost: ws.dist, starts, unanchored };
}
