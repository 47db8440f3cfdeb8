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

/** A facility's route on the road graph: its link end, the graph edges in driving order, the incident's end. */
interface Unpacked {
  end: AnchorEnd;
  edges: number[];
  arrival: number;
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
  const fastest = fastestMetresPerSecond(g, w);
  let bound = kthSmallest(eta, k);
  for (const { f, m } of order) {
    // No road is faster than the fastest link: a facility whose straight line alone cannot beat the k-th is skipped.
    if (f.extraS + m / fastest > bound) continue;
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
  // Each ETA is summed again along its road edges as the plain search sums it (from the incident backward), so
  // both give the same number to the last bit when they find the same route.
  // Only facilities that can be among the k are unpacked (a margin keeps ties in); the rest keep their ETA.
  const kth = kthSmallest(eta, k);
  const within = kth + 1e-6 * Math.max(1, Math.abs(kth));
  const routes: (Unpacked | null)[] = meetings.map((m, fi) => {
    if (m === null || (eta[fi] as number) > within) return null;
    const edges: number[] = [];
    for (const e of m.up) unpackEdge(ch, e, edges);
    for (const e of backward.pathEdges(m.meet)) unpackEdge(ch, e, edges);
    return { end: m.end, edges, arrival: backward.seedOf(m.meet) };
  });
  for (const f of facilities) {
    const r = routes[f.fi] ?? null;
    if (r === null) continue;
    let cost = toIncident[r.arrival] as number;
    for (let i = r.edges.length - 1; i >= 0; i--) cost += w.edgeSeconds[r.edges[i] as number] as number;
    eta[f.fi] = f.extraS + r.end.seconds + cost;
  }
  const byIndex = new Map(facilities.map((f) => [f.fi, f]));
  return {
    eta,
    unreachable: (fi) => unreachable[fi] === 1,
    pieces: (fi) => {
      const f = byIndex.get(fi) as RankedFacility;
      const r = routes[fi] ?? null;
      if (r === null) return [anchorPiece(f.anchor, f.anchor.snap.fraction, target.snap.fraction)];
      const pieces: Piece[] = [
        anchorPiece(f.anchor, r.end.from, r.end.to),
        ...r.edges.map((e) => edgePiece(g, e)),
      ];
      const last = arrivingEndAt(g, w, target, r.arrival, toIncident[r.arrival] as number);
      if (last !== undefined) pieces.push(anchorPiece(target, last.from, last.to));
      return pieces;
    },
  };
}

const fastestCache = new WeakMap<EdgeWeights, number>();

/** The highest speed on any drivable link of the weights, in m/s (lengths along the road). */
function fastestMetresPerSecond(g: RoadGraph, w: EdgeWeights): number {
  let v = fastestCache.get(w);
  if (v === undefined) {
    v = 0;
    for (let l = 0; l < w.linkSeconds.length; l++) {
      const s = w.linkSeconds[l] as number;
      if (s > 0 && Number.isFinite(s)) v = Math.max(v, (g.linkLengthM[l] as number) / s);
    }
    fastestCache.set(w, v);
  }
  return v;
}
