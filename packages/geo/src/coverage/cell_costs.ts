import type { EdgeWeights } from '../graph/edge_weights.ts';
import type { PlaceAccess } from '../grid/place_access.ts';
import { type LinkStart, placeCosts } from '../grid/place_costs.ts';
import { arrivalTimes } from '../route/arrival_times.ts';
import type { CoveragePost } from './coverage_inputs.ts';
import type { CoverageModel } from './coverage_model.ts';

export interface PlaceCostsResult {
  /** Cost from the nearest post to land cell k (grid.landCells order); Infinity beyond `cutoff` or off-road. */
  cells: Float64Array;
  /** The same for each desa point. */
  points: Float64Array;
  /** Ids of posts with no drivable, open road within the profile's snap distance. */
  unanchored: string[];
}

/**
 * Cost from the nearest post to every land cell and desa point: one multi-source search with the routing
 * engineer's arrivalTimes (travel seconds, or network metres with distance weights), then O(cells). Costs above
 * the cutoff are Infinity: the search stopped there, so they would only be upper bounds.
 */
export function costsFromPosts(
  model: CoverageModel,
  weights: EdgeWeights,
  posts: readonly CoveragePost[],
  baseCost: (post: CoveragePost) => number,
  closedLinks: Uint8Array | null,
  cutoff: number,
): PlaceCostsResult {
  const g = model.graph;
  const { times, anchors } = arrivalTimes(
    g,
    weights,
    posts.map((p) => ({ point: p.position, costS: baseCost(p) })),
    { cutoffS: cutoff, workspace: model.workspace, ...(closedLinks === null ? {} : { closedLinks }) },
  );
  const starts: LinkStart[] = [];
  const unanchored: string[] = [];
  anchors.forEach((a, i) => {
    const post = posts[i] as CoveragePost;
    if (a === null) unanchored.push(post.id);
    else starts.push({ link: a.snap.link, fraction: a.snap.fraction, cost: baseCost(post) + a.offNetworkS });
  });
  const run = (access: PlaceAccess): Float64Array => {
    const out = placeCosts(
      g,
      access,
      {
        linkCost: weights.linkSeconds,
        nodeCost: times,
        offRoadPerM: 3.6 / weights.profile.offNetworkKmh,
        closedLinks,
        starts,
      },
      new Float64Array(access.link.length),
    );
    for (let k = 0; k < out.length; k++) if ((out[k] as number) > cutoff) out[k] = Infinity;
    return out;
  };
  return { cells: run(model.access), points: run(model.desaAccess), unanchored };
}
