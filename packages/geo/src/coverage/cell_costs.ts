import type { EdgeWeights } from '../graph/edge_weights.ts';
import type { PlaceAccess } from '../grid/place_access.ts';
import { type LinkStart, type PlaceCostInput, placeCosts, placeCostsAt } from '../grid/place_costs.ts';
import { reachablePlaces } from '../grid/reachable_places.ts';
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
 * What a search from posts takes, the arguments costsFromPosts and reachedCellCosts begin with: the model, its
 * weights (travel seconds, or network metres with distance weights), the posts and the cost each starts with
 * (turnout), the closed links (null: none) and the cutoff the search stops at.
 */
export type PostSearch = [
  model: CoverageModel,
  weights: EdgeWeights,
  posts: readonly CoveragePost[],
  baseCost: (post: CoveragePost) => number,
  closedLinks: Uint8Array | null,
  cutoff: number,
];

/**
 * Cost from the nearest post to every land cell and desa point: one multi-source search with the routing
 * engineer's arrivalTimes (travel seconds, or network metres with distance weights), then O(cells). Costs above
 * the cutoff are Infinity: the search stopped there, so they would only be upper bounds.
 */
export function costsFromPosts(...search: PostSearch): PlaceCostsResult {
  const [model, , , , , cutoff] = search;
  const { input, unanchored } = searchFromPosts(search);
  const run = (access: PlaceAccess): Float64Array =>
    capAt(placeCosts(model.graph, access, input, new Float64Array(access.link.length)), cutoff);
  return { cells: run(model.access), points: run(model.desaAccess), unanchored };
}

export interface ReachedCellCosts {
  /** Land-cell indices (into grid.landCells), ascending: every cell whose cost may be <= `reachS`. */
  slots: Int32Array;
  /** Cost of each of those cells, as costsFromPosts gives it (Infinity beyond `cutoff` or off-road). */
  costs: Float64Array;
  /** Each desa point's cost, as costsFromPosts gives it. */
  points: Float64Array;
  unanchored: string[];
}

/**
 * costsFromPosts with the cells that may cost up to `reachS` (default `cutoff`) only: those on links with an end
 * the search reached by reachS, or a post stands on; every other land cell costs more than reachS there.
 * O(links + cells reached) after the search instead of O(land cells), for queries that only threshold cells at
 * short limits: one post's isochrone, coverage levels up to 15 minutes while desa times go to 60.
 */
export function reachedCellCosts(...args: [...PostSearch, reachS?: number]): ReachedCellCosts {
  const [model, weights, posts, baseCost, closedLinks, cutoff, reachS = cutoff] = args;
  const { input, unanchored } = searchFromPosts([model, weights, posts, baseCost, closedLinks, cutoff]);
  const g = model.graph;
  const slots = reachablePlaces(g, model.access, input.nodeCost, input.starts, reachS);
  const costs = capAt(placeCostsAt(g, model.access, input, slots, new Float64Array(slots.length)), cutoff);
  const desa = model.desaAccess;
  const points = capAt(placeCosts(g, desa, input, new Float64Array(desa.link.length)), cutoff);
  return { slots, costs, points, unanchored };
}

interface SearchFromPosts {
  input: PlaceCostInput;
  unanchored: string[];
}

function searchFromPosts(search: PostSearch): SearchFromPosts {
  const [model, weights, posts, baseCost, closedLinks, cutoff] = search;
  const { times, anchors } = arrivalTimes(
    model.graph,
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
  const input: PlaceCostInput = {
    linkCost: weights.linkSeconds,
    nodeCost: times,
    offRoadPerM: 3.6 / weights.profile.offNetworkKmh,
    closedLinks,
    starts,
  };
  return { input, unanchored };
}

function capAt(costs: Float64Array, cutoff: number): Float64Array {
  for (let k = 0; k < costs.length; k++) if ((costs[k] as number) > cutoff) costs[k] = Infinity;
  return costs;
}
