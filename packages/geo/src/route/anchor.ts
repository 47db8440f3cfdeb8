import type { EdgeWeights } from '../graph/edge_weights.ts';
import type { RoadGraph } from '../graph/road_graph.ts';
import type { VehicleProfile } from '../profiles.ts';
import { atJunction, type Snap, snapNode, snapPoint } from '../snap.ts';
import { mainLinksFor } from './main_network.ts';
import { linkAllows, type SearchWorkspace, seed } from './search.ts';

/** A point tied to the network: its snap and the time of its off-network leg. */
export interface Anchor {
  snap: Snap;
  offNetworkS: number;
}

export function offNetworkSeconds(profile: VehicleProfile, metres: number): number {
  return (metres * 3.6) / profile.offNetworkKmh;
}

/**
 * Anchors a point for a profile: snaps to the nearest link of the profile's main network (its largest strongly
 * connected component) that the profile may drive and that is not closed, within the profile's maxSnapM; a snap
 * within a metre of a link end is a snap to that node (see atJunction). When a nearer usable road belongs to an
 * island, the snap says so (`nearestIsIsland`). Null when there is none.
 */
export function anchorPoint(
  g: RoadGraph,
  w: EdgeWeights,
  point: readonly number[],
  closedLinks: Uint8Array | null,
): Anchor | null {
  const usable = (l: number): boolean =>
    Number.isFinite(w.linkSeconds[l] ?? Infinity) && (closedLinks === null || closedLinks[l] !== 1);
  const main = mainLinksFor(g, w);
  const found = snapPoint(g, point, {
    maxSnapM: w.profile.maxSnapM,
    accept: (l) => main[l] === 1 && usable(l),
  });
  if (found === null) return null;
  let snap = atJunction(g, found, point);
  if (found.offNetworkM > 0) {
    const nearer = snapPoint(g, point, {
      maxSnapM: found.offNetworkM,
      accept: (l) => main[l] !== 1 && usable(l),
    });
    if (nearer !== null && nearer.offNetworkM < found.offNetworkM) snap = { ...snap, nearestIsIsland: true };
  }
  return { snap, offNetworkS: offNetworkSeconds(w.profile, snap.offNetworkM) };
}

/** Seeds a forward search leaving from an anchor: drive from the snap to whichever link ends one-ways allow. */
export function seedLeaving(
  g: RoadGraph,
  ws: SearchWorkspace,
  w: EdgeWeights,
  a: Anchor,
  base: number,
): void {
  for (const end of anchorEnds(g, w, a, 'leaving')) seed(ws, end.node, base + a.offNetworkS + end.seconds);
}

/** Seeds a backward search arriving at an anchor: from whichever link ends one may drive to the snap. */
export function seedArriving(
  g: RoadGraph,
  ws: SearchWorkspace,
  w: EdgeWeights,
  a: Anchor,
  base: number,
): void {
  for (const end of anchorEnds(g, w, a, 'arriving')) seed(ws, end.node, base + a.offNetworkS + end.seconds);
}

/**
 * Network seconds to drive straight along a shared link from one anchor to another (no node in between), or
 * Infinity when they are on different links or the one-way points the other way.
 */
export function sameLinkSeconds(g: RoadGraph, w: EdgeWeights, from: Anchor, to: Anchor): number {
  const l = from.snap.link;
  if (l !== to.snap.link) return Infinity;
  const s = w.linkSeconds[l] ?? Infinity;
  const delta = to.snap.fraction - from.snap.fraction;
  if (delta >= 0 && linkAllows(g, l, false)) return delta * s;
  if (delta <= 0 && linkAllows(g, l, true)) return -delta * s;
  return Infinity;
}

/** A link end an anchor connects to, the seconds between them, and the stretch driven (fractions, in order). */
export interface AnchorEnd {
  node: number;
  seconds: number;
  from: number;
  to: number;
}

/** The ways an anchor is left (forward search origins) or reached: link end node and the partial cost. */
export function anchorEnds(
  g: RoadGraph,
  w: EdgeWeights,
  a: Anchor,
  role: 'leaving' | 'arriving',
): AnchorEnd[] {
  const l = a.snap.link;
  const t = a.snap.fraction;
  // On a node: every link of the node is open to the search, so the node itself is the one end.
  const node = snapNode(g, a.snap);
  if (node >= 0) return [{ node, seconds: 0, from: t, to: t }];
  const s = w.linkSeconds[l] ?? Infinity;
  const ends: AnchorEnd[] = [];
  // Leaving along the vertex order reaches linkTo; arriving along it comes from linkFrom.
  if (linkAllows(g, l, false)) {
    ends.push(
      role === 'leaving'
        ? { node: g.linkTo[l] ?? 0, seconds: (1 - t) * s, from: t, to: 1 }
        : { node: g.linkFrom[l] ?? 0, seconds: t * s, from: 0, to: t },
    );
  }
  if (linkAllows(g, l, true)) {
    ends.push(
      role === 'leaving'
        ? { node: g.linkFrom[l] ?? 0, seconds: t * s, from: t, to: 0 }
        : { node: g.linkTo[l] ?? 0, seconds: (1 - t) * s, from: 1, to: t },
    );
  }
  return ends;
}
