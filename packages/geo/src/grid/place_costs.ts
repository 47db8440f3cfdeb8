import type { RoadGraph } from '../graph/road_graph.ts';
import { linkAllows } from '../route/search.ts';
import type { PlaceAccess } from './place_access.ts';

/** A search start on the network: the link it snapped to, where along it, and its cost there (turnout, walk). */
export interface LinkStart {
  link: number;
  fraction: number;
  cost: number;
}

/** What a query adds on top of node costs to reach the places. */
export interface PlaceCostInput {
  /** Cost of driving each whole link (seconds, or metres for network distance). */
  linkCost: ArrayLike<number>;
  /** Cost from the nearest start to each node, as a forward search leaves it; Infinity where not reached. */
  nodeCost: Float64Array;
  /** Cost per metre of the off-road leg (seconds per metre at walking speed, or 1 for distance). */
  offRoadPerM: number;
  closedLinks: Uint8Array | null;
  /** Starts, so places on a start's own link are reached along it without passing a node. */
  starts: readonly LinkStart[];
}

/**
 * Cost from the nearest start to each place: the cheaper of arriving along its link from linkFrom (fraction f of
 * the link) or from linkTo (1 - f), where one-ways allow, plus the off-road leg; directly along the link from a
 * start on the same link. Infinity for places with no road access or on a closed link. O(places) per query.
 *
 * @example placeCosts(graph, access, { linkCost: w.linkSeconds, nodeCost: ws.dist, offRoadPerM: 0.9, closedLinks: null, starts }, out)
 */
export function placeCosts(
  g: RoadGraph,
  access: PlaceAccess,
  input: PlaceCostInput,
  out: Float64Array,
): Float64Array {
  const startLinks = linksOf(input.starts);
  const n = access.link.length;
  for (let i = 0; i < n; i++) out[i] = placeCost(g, access, input, startLinks, i);
  return out;
}

/**
 * The same costs for some places only: `out[j]` is the cost of place `places[j]`. Paired with reachablePlaces,
 * whose places are the only ones placeCosts can give a finite cost, it costs O(places reached) per query.
 *
 * @example placeCostsAt(graph, access, input, places, new Float64Array(places.length))
 */
export function placeCostsAt(
  g: RoadGraph,
  access: PlaceAccess,
  input: PlaceCostInput,
  places: Int32Array,
  out: Float64Array,
): Float64Array {
  const startLinks = linksOf(input.starts);
  for (let j = 0; j < places.length; j++)
    out[j] = placeCost(g, access, input, startLinks, places[j] as number);
  return out;
}

function linksOf(starts: readonly LinkStart[]): Set<number> {
  const links = new Set<number>();
  for (const s of starts) links.add(s.link);
  return links;
}

function placeCost(
  g: RoadGraph,
  access: PlaceAccess,
  input: PlaceCostInput,
  startLinks: Set<number>,
  i: number,
): number {
  const { linkCost, nodeCost, closedLinks } = input;
  const l = access.link[i] as number;
  if (l < 0 || (closedLinks !== null && closedLinks[l] === 1)) return Infinity;
  const s = linkCost[l] as number;
  const f = access.fraction[i] as number;
  let best = Infinity;
  if (linkAllows(g, l, false)) best = (nodeCost[g.linkFrom[l] as number] as number) + f * s;
  if (linkAllows(g, l, true)) {
    const c = (nodeCost[g.linkTo[l] as number] as number) + (1 - f) * s;
    if (c < best) best = c;
  }
  if (startLinks.has(l)) best = Math.min(best, alongLink(g, l, f, s, input.starts));
  return best + (access.offRoadM[i] as number) * input.offRoadPerM;
}

function alongLink(g: RoadGraph, l: number, f: number, s: number, starts: readonly LinkStart[]): number {
  let best = Infinity;
  for (const st of starts) {
    if (st.link !== l) continue;
    const delta = f - st.fraction;
    if (delta >= 0 && linkAllows(g, l, false)) best = Math.min(best, st.cost + delta * s);
    if (delta <= 0 && linkAllows(g, l, true)) best = Math.min(best, st.cost - delta * s);
  }
  return best;
}
