import type { EdgeWeights } from '../graph/edge_weights.ts';
import type { RoadGraph } from '../graph/road_graph.ts';
import { type Anchor, type AnchorEnd, anchorEnds, seedArriving } from './anchor.ts';
import {
  anchorPiece,
  directEtas,
  type FacilityRanking,
  kthSmallest,
  type RankedFacility,
} from './facility_ranking.ts';
import type { Piece } from './route_path.ts';
import { resetWorkspace, runSearch, type SearchWorkspace } from './search.ts';

/**
 * The reference ranking: one Dijkstra search backward from the incident over edges in their driving direction,
 * stopped once no unseen facility can beat the k-th. Closures apply.
 */
export function rankBySearch(
  g: RoadGraph,
  w: EdgeWeights,
  ws: SearchWorkspace,
  closed: Uint8Array | null,
  target: Anchor,
  facilities: readonly RankedFacility[],
  count: number,
  k: number,
): FacilityRanking {
  const eta = directEtas(count, facilities, target.offNetworkS);
  const bestEnd: (AnchorEnd | null)[] = new Array(count).fill(null);
  const attached = new Map<number, { f: RankedFacility; end: AnchorEnd }[]>();
  let minExtra = Number.POSITIVE_INFINITY;
  for (const f of facilities) {
    minExtra = Math.min(minExtra, f.extraS);
    for (const end of anchorEnds(g, w, f.anchor, 'leaving')) {
      const list = attached.get(end.node);
      if (list === undefined) attached.set(end.node, [{ f, end }]);
      else list.push({ f, end });
    }
  }
  resetWorkspace(ws);
  seedArriving(g, ws, w, target, 0);
  let bound = kthSmallest(eta, k);
  let stoppedEarly = false;
  runSearch(g, ws, {
    edgeSeconds: w.edgeSeconds,
    closedLinks: closed,
    direction: 'backward',
    cutoffS: Number.POSITIVE_INFINITY,
    onSettle: (node, cost) => {
      // Strict: facilities tied with the k-th are still found, so ties are ordered by id, not by search order.
      if (cost + minExtra > bound) {
        stoppedEarly = true;
        return true;
      }
      const list = attached.get(node);
      if (list === undefined) return false;
      let changed = false;
      for (const { f, end } of list) {
        const t = f.extraS + end.seconds + cost;
        if (t < (eta[f.fi] as number)) {
          eta[f.fi] = t;
          bestEnd[f.fi] = end;
          changed = true;
        }
      }
      if (changed) bound = kthSmallest(eta, k);
      return false;
    },
  });
  const byIndex = new Map(facilities.map((f) => [f.fi, f]));
  return {
    eta,
    unreachable: (fi) => !stoppedEarly && !Number.isFinite(eta[fi] as number),
    pieces: (fi) => {
      const f = byIndex.get(fi) as RankedFacility;
      const end = bestEnd[fi] ?? null;
      if (end === null) return [anchorPiece(f.anchor, f.anchor.snap.fraction, target.snap.fraction)];
      return [anchorPiece(f.anchor, end.from, end.to), ...followToTarget(g, w, ws, end.node, target)];
    },
  };
}

/** Follows the backward search's edges from `node` to the seed it came from, then onto the target's link. */
function followToTarget(
  g: RoadGraph,
  w: EdgeWeights,
  ws: SearchWorkspace,
  node: number,
  target: Anchor,
): Piece[] {
  const pieces: Piece[] = [];
  let u = node;
  for (let e = ws.pred[u] ?? -1; e >= 0; e = ws.pred[u] ?? -1) {
    pieces.push(edgePiece(g, e));
    u = g.edgeTarget[e] ?? 0;
  }
  const last = arrivingEndAt(g, w, target, u, ws.dist[u] ?? Number.POSITIVE_INFINITY);
  if (last !== undefined) pieces.push(anchorPiece(target, last.from, last.to));
  return pieces;
}

/** A road graph edge as a piece of its link, in driving direction. */
export function edgePiece(g: RoadGraph, e: number): Piece {
  const reverse = g.edgeReverse[e] === 1;
  return { link: g.edgeLink[e] ?? 0, from: reverse ? 1 : 0, to: reverse ? 0 : 1 };
}

/** The end of the target's link at `node` whose cost matches the backward search's seed cost there. */
export function arrivingEndAt(
  g: RoadGraph,
  w: EdgeWeights,
  target: Anchor,
  node: number,
  seedCost: number,
): AnchorEnd | undefined {
  const ends = anchorEnds(g, w, target, 'arriving').filter((x) => x.node === node);
  return ends.reduce<AnchorEnd | undefined>(
    (b, x) =>
      Math.abs(x.seconds + target.offNetworkS - seedCost) <
      Math.abs((b?.seconds ?? Number.POSITIVE_INFINITY) + target.offNetworkS - seedCost)
        ? x
        : b,
    undefined,
  );
}
