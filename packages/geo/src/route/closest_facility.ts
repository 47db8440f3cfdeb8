import type { EdgeWeights } from '../graph/edge_weights.ts';
import type { RoadGraph } from '../graph/road_graph.ts';
import type { HierarchySearches } from '../hierarchy/upward_search.ts';
import type { VehicleProfile } from '../profiles.ts';
import type { Snap } from '../snap.ts';
import { type Anchor, anchorPoint, sameLinkSeconds } from './anchor.ts';
import { type ClosureOptions, resolveClosedLinks } from './closure_mask.ts';
import type { FacilityRanking, RankedFacility } from './facility_ranking.ts';
import { rankByHierarchy } from './rank_by_hierarchy.ts';
import { rankBySearch } from './rank_by_search.ts';
import { drawRoute, type RouteGeometry, type RouteStep } from './route_path.ts';
import { createWorkspace, type SearchWorkspace } from './search.ts';
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
  /**
   * A contraction hierarchy of the same weights. Used when no link is closed; the answer is the same as the plain
   * search's (the tests compare them), found in a fraction of the time on a large network.
   */
  hierarchy?: HierarchySearches;
}

/**
 * The k facilities with the lowest ETA (turnout + travel + off-network legs) to an incident, with route,
 * distance and directions. Routes run from each facility to the incident, right for one-ways. Without a
 * hierarchy, or with closures, one search runs backward from the incident and stops once no unseen facility can
 * beat the k-th (rankBySearch); with one, upward searches meet in it (rankByHierarchy).
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
  const ranked: RankedFacility[] = [];
  facilities.forEach((f, fi) => {
    const anchor = anchorPoint(g, w, f.point, closed);
    if (anchor === null) notRouted.push({ facilityId: f.id, reason: 'facility_off_network' });
    else {
      const directS = sameLinkSeconds(g, w, anchor, target);
      ranked.push({ fi, anchor, extraS: f.turnoutSeconds + anchor.offNetworkS, directS });
    }
  });
  const hierarchy = options.hierarchy;
  const ranking: FacilityRanking =
    hierarchy !== undefined && !anyClosed(closed)
      ? rankByHierarchy(g, w, hierarchy, target, ranked, facilities.length, k)
      : rankBySearch(
          g,
          w,
          options.workspace ?? createWorkspace(g),
          closed,
          target,
          ranked,
          facilities.length,
          k,
        );

  const { eta } = ranking;
  const order = facilities
    .map((f, fi) => ({ fi, id: f.id, eta: eta[fi] ?? Number.POSITIVE_INFINITY }))
    .filter((c) => Number.isFinite(c.eta))
    .sort((x, y) => x.eta - y.eta || (x.id < y.id ? -1 : x.id > y.id ? 1 : x.fi - y.fi))
    .slice(0, k);
  for (const f of ranked) {
    if (ranking.unreachable(f.fi))
      notRouted.push({ facilityId: facilities[f.fi]?.id ?? '', reason: 'unreachable' });
  }
  const anchors = new Map(ranked.map((f) => [f.fi, f.anchor]));
  const routes = order.map(({ fi, eta }): FacilityRoute => {
    const f = facilities[fi] as Facility;
    const a = anchors.get(fi) as Anchor;
    const drawn = drawRoute(
      g,
      w,
      f.point,
      incident,
      ranking.pieces(fi),
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

function anyClosed(closed: Uint8Array | null): boolean {
  return closed?.includes(1) === true;
}
