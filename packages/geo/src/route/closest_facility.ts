import type { EdgeWeights } from '../graph/edge_weights.ts';
import type { RoadGraph } from '../graph/road_graph.ts';
import type { VehicleProfile } from '../profiles.ts';
import type { Snap } from '../snap.ts';
import {
  type Anchor,
  type AnchorEnd,
  anchorEnds,
  anchorPoint,
  sameLinkSeconds,
  seedArriving,
} from './anchor.ts';
import { type ClosureOptions, resolveClosedLinks } from './closure_mask.ts';
import { drawRoute, type Piece, type RouteGeometry, type RouteStep } from './route_path.ts';
import { createWorkspace, resetWorkspace, runSearch, type SearchWorkspace } from './search.ts';
import { weightsFor } from './weights_for.ts';

export interface Facility {
  id: string;
  point: readonly number[];
  /** Seconds from the call to the vehicle leaving; part of the ETA. */
  turnoutSeconds: number;
}

export interface FacilityRoute {
  facilityId: string;
  /** turnoutS + travelS. */
  etaS: number;
  turnoutS: number;
  /** Driving plus both off-network legs. */
  travelS: number;
  /** Along the drawn route, off-network legs included. */
  distanceM: number;
  offNetworkM: number;
  offNetworkS: number;
  geometry: RouteGeometry;
  steps: RouteStep[];
  /** Present when a road nearer the facility is an island of the network, so it was snapped farther away. */
  nearestIsIsland?: true;
}

export type NotRoutedReason = 'incident_off_network' | 'facility_off_network' | 'unreachable';

export interface ClosestFacilityResult {
  incidentSnap: Snap | null;
  /** Up to k routes, by ETA then facility id. */
  routes: FacilityRoute[];
  /** Facilities shown not to be routable; facilities merely farther than the k-th are not listed. */
  notRouted: { facilityId: string; reason: NotRoutedReason }[];
}

export interface ClosestFacilityOptions extends ClosureOptions {
  k?: number;
  workspace?: SearchWorkspace;
}

/**
 * The k facilities with the lowest ETA (turnout + travel + off-network legs) to an incident, with route,
 * distance and directions. One search runs backward from the incident over edges in their driving direction,
 * so routes go from each facility to the incident, and it stops once no unseen facility can beat the k-th.
 *
 * @example closestFacility(graph, FIRE_ENGINE, [115.24, -8.158], posts, { k: 3, closures: [landslide] })
 */
export function closestFacility(
  g: RoadGraph,
  profile: VehicleProfile | EdgeWeights,
  incident: readonly number[],
  facilities: readonly Facility[],
  options: ClosestFacilityOptions = {},
): ClosestFacilityResult {
  const k = Math.max(0, Math.floor(options.k ?? 3));
  const w = weightsFor(g, profile);
  const closed = resolveClosedLinks(g, options);
  const target = anchorPoint(g, w, incident, closed);
  if (target === null) {
    return {
      incidentSnap: null,
      routes: [],
      notRouted: facilities.map((f) => ({ facilityId: f.id, reason: 'incident_off_network' })),
    };
  }
  const notRouted: ClosestFacilityResult['notRouted'] = [];
  const anchors: (Anchor | null)[] = facilities.map((f) => anchorPoint(g, w, f.point, closed));
  const best = new Float64Array(facilities.length).fill(Infinity);
  const bestEnd: (AnchorEnd | 'direct' | null)[] = facilities.map(() => null);
  const attached = new Map<number, { fi: number; end: AnchorEnd }[]>();
  let minExtra = Infinity;
  facilities.forEach((f, fi) => {
    const a = anchors[fi];
    if (a === null || a === undefined) {
      notRouted.push({ facilityId: f.id, reason: 'facility_off_network' });
      return;
    }
    const extra = f.turnoutSeconds + a.offNetworkS;
    minExtra = Math.min(minExtra, extra);
    const direct = sameLinkSeconds(g, w, a, target);
    if (Number.isFinite(direct)) {
      best[fi] = extra + direct + target.offNetworkS;
      bestEnd[fi] = 'direct';
    }
    for (const end of anchorEnds(g, w, a, 'leaving')) {
      const list = attached.get(end.node);
      if (list === undefined) attached.set(end.node, [{ fi, end }]);
      else list.push({ fi, end });
    }
  });

  const ws = options.workspace ?? createWorkspace(g);
  resetWorkspace(ws);
  seedArriving(g, ws, w, target, 0);
  const kth = (): number => {
    if (k === 0) return -Infinity;
    const sorted = Array.from(best).sort((x, y) => x - y);
    return sorted[k - 1] ?? Infinity;
  };
  let bound = kth();
  let stoppedEarly = false;
  runSearch(g, ws, {
    edgeSeconds: w.edgeSeconds,
    closedLinks: closed,
    direction: 'backward',
    cutoffS: Infinity,
    onSettle: (node, cost) => {
      // Strict: facilities tied with the k-th are still found, so ties are ordered by id, not by search order.
      if (cost + minExtra > bound) {
        stoppedEarly = true;
        return true;
      }
      const list = attached.get(node);
      if (list === undefined) return false;
      let changed = false;
      for (const { fi, end } of list) {
        const f = facilities[fi];
        const a = anchors[fi];
        if (f === undefined || a === undefined || a === null) continue;
        const eta = f.turnoutSeconds + a.offNetworkS + end.seconds + cost;
        if (eta < (best[fi] ?? Infinity)) {
          best[fi] = eta;
          bestEnd[fi] = end;
          changed = true;
        }
      }
      if (changed) bound = kth();
      return false;
    },
  });

  const order = facilities
    .map((f, fi) => ({ fi, id: f.id, eta: best[fi] ?? Infinity }))
    .filter((c) => Number.isFinite(c.eta))
    .sort((x, y) => x.eta - y.eta || (x.id < y.id ? -1 : x.id > y.id ? 1 : x.fi - y.fi))
    .slice(0, k);
  if (!stoppedEarly) {
    facilities.forEach((f, fi) => {
      if (anchors[fi] !== null && !Number.isFinite(best[fi] ?? Infinity)) {
        notRouted.push({ facilityId: f.id, reason: 'unreachable' });
      }
    });
  }

  const routes = order.map(({ fi, eta }): FacilityRoute => {
    const f = facilities[fi] as Facility;
    const a = anchors[fi] as Anchor;
    const end = bestEnd[fi] ?? 'direct';
    const pieces: Piece[] =
      end === 'direct'
        ? [{ link: a.snap.link, from: a.snap.fraction, to: target.snap.fraction }]
        : [{ link: a.snap.link, from: end.from, to: end.to }, ...followToTarget(g, w, ws, end.node, target)];
    const drawn = drawRoute(
      g,
      w,
      f.point,
      incident,
      pieces,
      { m: a.snap.offNetworkM, s: a.offNetworkS },
      { m: target.snap.offNetworkM, s: target.offNetworkS },
    );
    const offNetworkM = a.snap.offNetworkM + target.snap.offNetworkM;
    return {
      facilityId: f.id,
      etaS: eta,
      turnoutS: f.turnoutSeconds,
      travelS: eta - f.turnoutSeconds,
      distanceM: drawn.networkM + offNetworkM,
      offNetworkM,
      offNetworkS: a.offNetworkS + target.offNetworkS,
      geometry: drawn.geometry,
      steps: drawn.steps,
      ...(a.snap.nearestIsIsland ? { nearestIsIsland: true as const } : {}),
    };
  });
  notRouted.sort((x, y) => (x.facilityId < y.facilityId ? -1 : x.facilityId > y.facilityId ? 1 : 0));
  return { incidentSnap: target.snap, routes, notRouted };
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
    const reverse = g.edgeReverse[e] === 1;
    pieces.push({ link: g.edgeLink[e] ?? 0, from: reverse ? 1 : 0, to: reverse ? 0 : 1 });
    u = g.edgeTarget[e] ?? 0;
  }
  const seedCost = ws.dist[u] ?? Infinity;
  const ends = anchorEnds(g, w, target, 'arriving').filter((x) => x.node === u);
  const last = ends.reduce<AnchorEnd | undefined>(
    (b, x) =>
      Math.abs(x.seconds + target.offNetworkS - seedCost) <
      Math.abs((b?.seconds ?? Infinity) + target.offNetworkS - seedCost)
        ? x
        : b,
    undefined,
  );
  if (last !== undefined) pieces.push({ link: target.snap.link, from: last.from, to: last.to });
  return pieces;
}
