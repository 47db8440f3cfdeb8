import { linkCount, type RoadGraph } from '../graph/road_graph.ts';
import type { PlaceAccess } from './place_access.ts';
import type { LinkStart } from './place_costs.ts';

/** Places grouped by the link they snap to: those of link l are `places[offsets[l] .. offsets[l + 1])`, ascending. */
interface LinkPlaces {
  offsets: Int32Array;
  places: Int32Array;
}

/** One index per access table (per graph, profile and grid), built on first use. */
const indexes = new WeakMap<PlaceAccess, LinkPlaces>();

function linkPlaces(g: RoadGraph, access: PlaceAccess): LinkPlaces {
  const cached = indexes.get(access);
  if (cached !== undefined) return cached;
  const offsets = new Int32Array(linkCount(g) + 1);
  const { link } = access;
  for (let i = 0; i < link.length; i++) {
    const l = link[i] as number;
    if (l >= 0) offsets[l + 1] = (offsets[l + 1] as number) + 1;
  }
  for (let l = 0; l < linkCount(g); l++) offsets[l + 1] = (offsets[l + 1] as number) + (offsets[l] as number);
  const next = offsets.slice(0, -1);
  const places = new Int32Array(offsets[linkCount(g)] as number);
  for (let i = 0; i < link.length; i++) {
    const l = link[i] as number;
    if (l < 0) continue;
    places[next[l] as number] = i;
    next[l] = (next[l] as number) + 1;
  }
  const index = { offsets, places };
  indexes.set(access, index);
  return index;
}

/**
 * The places placeCosts can give a cost up to `withinS` (default: any finite cost), ascending: those whose link
 * has an end with nodeCost <= withinS (at linkFrom or linkTo) or carries a start. Every other place costs more
 * there (its cost is an end's nodeCost plus a part of the link and the off-road leg, none negative; only a
 * start's own link is reached along it), so costs of these places alone are the whole answer up to withinS.
 *
 * @example placeCostsAt(g, access, input, reachablePlaces(g, access, input.nodeCost, input.starts), out)
 */
export function reachablePlaces(
  g: RoadGraph,
  access: PlaceAccess,
  nodeCost: Float64Array,
  starts: readonly LinkStart[],
  withinS: number = Number.MAX_VALUE,
): Int32Array {
  const { offsets, places } = linkPlaces(g, access);
  const picked = new Int32Array(places.length);
  let n = 0;
  const take = (l: number): void => {
    for (let p = offsets[l] as number; p < (offsets[l + 1] as number); p++) picked[n++] = places[p] as number;
  };
  const links = linkCount(g);
  for (let l = 0; l < links; l++) {
    if (offsets[l] === offsets[l + 1]) continue;
    if (
      (nodeCost[g.linkFrom[l] as number] as number) <= withinS ||
      (nodeCost[g.linkTo[l] as number] as number) <= withinS
    )
      take(l);
  }
  const startLinks = new Set<number>();
  for (const s of starts) startLinks.add(s.link);
  for (const l of startLinks) {
    if (
      !((nodeCost[g.linkFrom[l] as number] as number) <= withinS) &&
      !((nodeCost[g.linkTo[l] as number] as number) <= withinS)
    )
      take(l);
  }
  return picked.subarray(0, n).sort();
}
