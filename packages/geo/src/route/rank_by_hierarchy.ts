import type { EdgeWeights } from '../graph/edge_weights.ts';
import type { RoadGraph } from '../graph/road_graph.ts';
import { type HierarchySearches, unpackEdge } from '../hierarchy/upward_search.ts';
import { haversineM } from '../measure/haversine.ts';
import { type Anchor, type AnchorEnd, anchorEnds } from './anchor.ts';
import {
  anchorPiece,
  directEtas,
  type FacilityRanking,
  kthSmallest,
  type RankedFacility,
} from './facility_ranking.ts';
import { arrivingEndAt, edgePiece } from './rank_by_search.ts';
import type { Piece } from './route_path.ts';

/** Where a facility's best route climbs to and what leads there. */
interface Meeting {
  end: AnchorEnd;
  /** Hierarchy edges from the facility's link end up to the meeting node. */
  up: number[];
  meet: number;
}

/**
 * The same ranking as rankBySearch, on a contraction hierarchy of the same weights (no closures): one upward
 * search backward from the incident, kept whole, then one upward search forward from each facility, nearest in a
 * straight line first, each stopped once it can no longer improve its facility or beat the k-th ETA.
 */
export function rankByHierarchy(
  g: RoadGraph,
  w: EdgeWeights,
  searches: HierarchySearches,
  target: Anchor,
  facilities: readonly RankedFacility[],
  count: number,
  k: number,
): FacilityRanking {
  const { ch, forward, backward } = searches;
  const eta = directEtas(count, facilities, target.offNetworkS);
  const meetings: (Meeting | null)[] = new Array(count).fill(null);
  const unreachable = new Uint8Array(count);
  backward.reset();
  for (const end of anchorEnds(g, w, target, 'arriving')) {
    backward.seed(end.node, target.offNetworkS + end.seconds);
  }
  backward.run();
  const toIncident = backward.dist;
  const [lon, lat] = target.snap.point;
  const away = (f: RankedFacility): number =>
    haversineM(f.anchor.snap.point[0], f.anchor.snap.point[1], lon, lat);
  const order = facilities.map((f) => ({ f, m: away(f) })).sort((x, y) => x.m - y.m);
  let bound = kthSmallest(eta, k);
  for (const { f } of order) {
    forward.reset();
    const ends = anchorEnds(g, w, f.anchor, 'leaving');
    for (const end of ends) forward.seed(end.node, end.seconds);
    let best = (eta[f.fi] as number) - f.extraS;
    let meet = -1;
    let pruned = false;
    forward.run((u, d) => {
      if (d >= best || d + f.extraS > bound) {
        pruned = true;
        return true;
      }
      const total = d + (toIncident[u] as number);
      if (total < best) {
        best = total;
        meet = u;
      }
      return false;
    });
    if (meet >= 0) {
      const seedNode = forward.seedOf(meet);
      const end = ends.filter((x) => x.node === seedNode).sort((x, y) => x.seconds - y.seconds)[0];
      if (end !== undefined) {
        eta[f.fi] = f.extraS + best;
        meetings[f.fi] = { end, up: forward.pathEdges(meet), meet };
        bound = kthSmallest(eta, k);
      }
    } else if (!pruned && !Number.isFinite(eta[f.fi] as number)) unreachable[f.fi] = 1;
  }
  const byIndex = new Map(facilities.map((f) => [f.fi, f]));
  return {
    eta,
    unreachable: (fi) => unreachable[fi] === 1,
    pieces: (fi) => {
      const f = byIndex.get(fi) as RankedFacility;
      const m = meetings[fi] ?? null;
      if (m === null) return [anchorPiece(f.anchor, f.anchor.snap.fraction, target.snap.fraction)];
      const edges: number[] = [];
      for (const e of m.up) unpackEdge(ch, e, edges);
      for (const e of backward.pathEdges(m.meet)) unpackEdge(ch, e, edges);
      const pieces: Piece[] = [
        anchorPiece(f.anchor, m.end.from, m.end.to),
        ...edges.map((e) => edgePiece(g, e)),
      ];
      const arrival = backward.seedOf(m.meet);
      const last = arrivingEndAt(g, w, target, arrival, toIncident[arrival] as number);
      if (last !== undefined) pieces.push(anchorPiece(target, last.from, last.to));
      return pieces;
    },
  };
}
