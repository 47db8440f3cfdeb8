import { caches, incidents, posts, type SiagaDb } from '@siaga/db';
import {
  type ClosestFacilityResult,
  cachesWithAvailable,
  closedLinkMask,
  closestFacility,
  type Facility,
} from '@siaga/geo';
import {
  type CacheFeature,
  type ClosestRequest,
  type ClosestResponse,
  type PointGeometry,
  type PostFeature,
  SiagaError,
} from '@siaga/schema';
import type { RoutingState } from './network_service.ts';
import { requireInStudyArea } from './require_in_study_area.ts';

/**
 * The k closest posts and caches by road to an incident, each with ETA, route and directions. Routes run from the
 * facility to the incident. A cache's turnout is that of the post it stands at (whatever the post's status), or 0
 * for a standalone cache: its crew is assumed to be there already.
 */
export async function closestAnswer(
  db: SiagaDb,
  state: RoutingState,
  q: ClosestRequest,
): Promise<ClosestResponse> {
  const incident = await incidentPoint(db, q.incident);
  requireInStudyArea(state, [{ point: incident.coordinates, path: 'body.incident' }]);
  const { network } = state;
  const weights = network.weights(q.profile);
  const closedLinks = closedLinkMask(network.graph, q.closures);
  const run = (facilities: Facility[]) =>
    closestFacility(network.graph, weights, incident.coordinates, facilities, {
      k: q.k,
      closedLinks,
      workspace: network.workspace(),
    });

  const allPosts = await posts.list(db);
  let incidentSnap: ClosestFacilityResult['incidentSnap'] | undefined;
  let postAnswer: ClosestResponse['posts'] = null;
  if (q.layer !== 'caches') {
    const wanted = new Set(q.postStatus);
    const chosen = allPosts.filter((p) => wanted.has(p.properties.status));
    const result = run(chosen.map((p) => facilityOf(p, p.properties.turnoutSeconds)));
    incidentSnap = result.incidentSnap;
    postAnswer = answerOf(result, new Map(chosen.map((p) => [p.properties.id, p])));
  }
  let cacheAnswer: ClosestResponse['caches'] = null;
  if (q.layer !== 'posts') {
    const stocked = await caches.list(db);
    const chosen =
      q.itemType === undefined ? stocked : cachesWithAvailable(stocked, q.itemType, q.minAvailable ?? 1);
    const turnout = new Map(allPosts.map((p) => [p.properties.id, p.properties.turnoutSeconds]));
    const result = run(
      chosen.map((c) =>
        facilityOf(c, c.properties.postId === null ? 0 : (turnout.get(c.properties.postId) ?? 0)),
      ),
    );
    incidentSnap = result.incidentSnap;
    cacheAnswer = answerOf(result, new Map(chosen.map((c) => [c.properties.id, c])));
  }
  const snap = incidentSnap ?? null;
  return {
    version: network.version,
    profile: q.profile,
    incident: {
      point: incident,
      snapped: snap === null ? null : { type: 'Point', coordinates: snap.point },
      offNetworkM: snap === null ? null : snap.offNetworkM,
      routable: snap !== null,
    },
    posts: postAnswer,
    caches: cacheAnswer,
  };
}

async function incidentPoint(db: SiagaDb, incident: ClosestRequest['incident']): Promise<PointGeometry> {
  if ('type' in incident) return incident;
  const stored = await incidents.get(db, incident.incidentId);
  if (stored === null) {
    throw new SiagaError('not_found', `No incident with id ${incident.incidentId}`, [
      { path: 'body.incident.incidentId', message: 'no such incident' },
    ]);
  }
  return stored.geometry;
}

function facilityOf(f: PostFeature | CacheFeature, turnoutSeconds: number): Facility {
  return { id: f.properties.id, point: f.geometry.coordinates, turnoutSeconds };
}

function answerOf<F extends PostFeature | CacheFeature>(result: ClosestFacilityResult, byId: Map<string, F>) {
  return {
    results: result.routes.map((r, i) => ({
      facility: byId.get(r.facilityId) as F,
      rank: i + 1,
      etaS: r.etaS,
      turnoutS: r.turnoutS,
      travelS: r.travelS,
      distanceM: r.distanceM,
      offNetworkM: r.offNetworkM,
      route: r.geometry,
      steps: r.steps,
    })),
    notRouted: result.notRouted.map((n) => ({ id: n.facilityId, reason: n.reason })),
  };
}
