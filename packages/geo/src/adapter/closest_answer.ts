import type {
  CacheFeature,
  ClosestRequest,
  ClosestResponse,
  PointGeometry,
  PostFeature,
} from '@siaga/schema';
import { cachesWithAvailable } from '../filter_caches.ts';
import { type ClosestFacilityResult, closestFacility, type Facility } from '../route/closest_facility.ts';
import { closedLinkMask } from '../route/closures.ts';
import { nearestReachable } from '../route/nearest_reachable.ts';
import type { EngineNetwork } from './engine_network.ts';

/** The facilities a closest-facility question chooses from. */
export interface ClosestData {
  posts: readonly PostFeature[];
  caches: readonly CacheFeature[];
}

/**
 * The k closest posts and caches by road to an incident, each with ETA, route and directions. Routes run from the
 * facility to the incident. A cache's turnout is that of the post it stands at (whatever the post's status), or 0
 * for a standalone cache: its crew is assumed to be there already.
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
  const run = (facilities: Facility[]) =>
    closestFacility(network.graph, network.weights(q.profile), incident.coordinates, facilities, {
      k: q.k,
      closedLinks,
      workspace: network.workspace(),
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
  if (q.layer !== 'posts') {
    const chosen =
      q.itemType === undefined
        ? data.caches
        : cachesWithAvailable(data.caches, q.itemType, q.minAvailable ?? 1);
    const turnout = new Map(data.posts.map((p) => [p.properties.id, p.properties.turnoutSeconds]));
    const result = run(
      chosen.map((c) =>
        facilityOf(c, c.properties.postId === null ? 0 : (turnout.get(c.properties.postId) ?? 0)),
      ),
    );
    incidentSnap = result.incidentSnap;
    cacheAnswer = answerOf(result, chosen);
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
    },
    closedLinks: closed,
    posts: postAnswer,
    caches: cacheAnswer,
    cutOff,
  };
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
