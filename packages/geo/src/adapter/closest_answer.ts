import type {
  CacheFeature,
  ClosestRequest,
  ClosestResponse,
  ItemNeed,
  PointGeometry,
  PostFeature,
} from '@siaga/schema';
import { readyUnits } from '../filter_caches.ts';
import { type ClosestFacilityResult, closestFacility, type Facility } from '../route/closest_facility.ts';
import { closedLinkMask } from '../route/closures.ts';
import { nearestReachable } from '../route/nearest_reachable.ts';
import { requirementAnswer } from './cache_requirement.ts';
import type { EngineNetwork } from './engine_network.ts';

/** The facilities a closest-facility question chooses from. */
export interface ClosestData {
  posts: readonly PostFeature[];
  caches: readonly CacheFeature[];
}

/**
 * The k closest posts and caches by road to an incident, each with ETA, route and directions. Routes run from the
 * facility to the incident. A cache's turnout is that of the post it stands at (whatever the post's status), or 0
 * for a standalone cache: its crew is assumed to be there already. Caches count ready units (available, good
 * condition) of the requested item; a requirement of several items (`items`) is met by one cache or the fastest
 * combination (`requirement`). When the incident is on a road but no post reaches it, `cutOff` tells how near
 * the posts get.
 *
 * @example closestAnswer(network, { posts, caches }, ClosestRequest.parse({ incident }), incident)
 */
export function closestAnswer(
  network: EngineNetwork,
  data: ClosestData,
  q: ClosestRequest,
  incident: PointGeometry,
): ClosestResponse {
  const closedLinks = closedLinkMask(network.graph, q.closures);
  const run = (facilities: Facility[], k = q.k) =>
    closestFacility(network.graph, network.weights(q.profile), incident.coordinates, facilities, {
      k,
      closedLinks,
      workspace: network.workspace(),
      hierarchy: network.hierarchy(q.profile),
    });

  let incidentSnap: ClosestFacilityResult['incidentSnap'] | undefined;
  let postAnswer: ClosestResponse['posts'] = null;
  let cutOff: ClosestResponse['cutOff'] = null;
  if (q.layer !== 'caches') {
    const wanted = new Set(q.postStatus);
    const chosen = data.posts.filter((p) => wanted.has(p.properties.status));
    const facilities = chosen.map((p) => facilityOf(p, p.properties.turnoutSeconds));
    const result = run(facilities);
    incidentSnap = result.incidentSnap;
    postAnswer = answerOf(result, chosen);
    if (result.incidentSnap !== null && result.routes.length === 0 && facilities.length > 0) {
      const starts = facilities.map((f) => ({ point: f.point, costS: f.turnoutSeconds }));
      const near = nearestReachable(network.graph, network.weights(q.profile), starts, incident.coordinates, {
        closedLinks,
      });
      cutOff = {
        nearestReachable:
          near === null ? null : { ...near, point: { type: 'Point', coordinates: near.point } },
      };
    }
  }
  let cacheAnswer: ClosestResponse['caches'] = null;
  let requirement: ClosestResponse['requirement'] = null;
  if (q.layer !== 'posts') {
    const need = needOf(q);
    const holds = (c: CacheFeature) => need.length === 0 || need.some((n) => readyUnits(c, n.itemType) > 0);
    const holding = data.caches.filter(holds);
    // A single item keeps its filter (at least minAvailable ready); a requirement ranks every cache holding any.
    const chosen =
      q.itemType === undefined
        ? holding
        : holding.filter((c) => readyUnits(c, q.itemType as ItemNeed['itemType']) >= (q.minAvailable ?? 1));
    const turnout = new Map(data.posts.map((p) => [p.properties.id, p.properties.turnoutSeconds]));
    const facilities = chosen.map((c) =>
      facilityOf(c, c.properties.postId === null ? 0 : (turnout.get(c.properties.postId) ?? 0)),
    );
    const result = run(facilities, q.items === undefined ? q.k : facilities.length);
    incidentSnap = result.incidentSnap;
    const answer = answerOf(result, chosen);
    const ready = (c: CacheFeature) =>
      need.map((n) => ({ itemType: n.itemType, ready: readyUnits(c, n.itemType), requested: n.quantity }));
    let results = answer.results.map((r) => ({ ...r, ready: ready(r.facility) }));
    if (q.items !== undefined) {
      requirement = requirementAnswer(results, data.caches, q.items);
      const members = new Set(requirement.members.map((m) => m.cacheId));
      results =
        members.size > 0
          ? results.filter((r) => members.has(r.facility.properties.id))
          : results.slice(0, q.k);
      results = results.map((r, i) => ({ ...r, rank: i + 1 }));
    }
    cacheAnswer = { ...answer, holding: holding.length, results };
  }
  const snap = incidentSnap ?? null;
  let closed = 0;
  for (const v of closedLinks) closed += v;
  return {
    version: network.version,
    profile: q.profile,
    incident: {
      point: incident,
      snapped: snap === null ? null : { type: 'Point', coordinates: snap.point },
      offNetworkM: snap === null ? null : snap.offNetworkM,
      routable: snap !== null,
      nearestRoadIsIsland: snap?.nearestIsIsland === true,
    },
    closedLinks: closed,
    posts: postAnswer,
    caches: cacheAnswer,
    requirement,
    cutOff,
  };
}

/** What the caches must hold: the requirement's items, or the one itemType (minAvailable of it), or nothing. */
function needOf(q: ClosestRequest): ItemNeed[] {
  if (q.items !== undefined) return q.items;
  if (q.itemType !== undefined) return [{ itemType: q.itemType, quantity: q.minAvailable ?? 1 }];
  return [];
}

function facilityOf(f: PostFeature | CacheFeature, turnoutSeconds: number): Facility {
  return { id: f.properties.id, point: f.geometry.coordinates, turnoutSeconds };
}

function answerOf<F extends PostFeature | CacheFeature>(result: ClosestFacilityResult, chosen: readonly F[]) {
  const byId = new Map(chosen.map((f) => [f.properties.id, f]));
  return {
    considered: chosen.length,
    results: result.routes.map((r, i) => ({
      facility: byId.get(r.facilityId) as F,
      rank: i + 1,
      etaS: r.etaS,
      turnoutS: r.turnoutS,
      travelS: r.travelS,
      distanceM: r.distanceM,
      offNetworkM: r.offNetworkM,
      offNetworkS: r.offNetworkS,
      route: r.geometry,
      steps: r.steps,
    })),
    notRouted: result.notRouted.map((n) => ({ id: n.facilityId, reason: n.reason })),
  };
}
