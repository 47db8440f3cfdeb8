import { caches, incidents, posts, type SiagaDb } from '@siaga/db';
import { closestAnswer as answer } from '@siaga/geo';
import { type ClosestRequest, type ClosestResponse, type PointGeometry, SiagaError } from '@siaga/schema';
import type { RoutingState } from './network_service.ts';
import { requireInStudyArea } from './require_in_study_area.ts';
import { withStoredClosures } from './stored_closures.ts';

/** The k closest stored posts and caches by road to an incident (a point or a stored incident). */
export async function closestAnswer(
  db: SiagaDb,
  state: RoutingState,
  request: ClosestRequest,
): Promise<ClosestResponse> {
  const q = await withStoredClosures(db, request);
  const incident = await incidentPoint(db, q.incident);
  requireInStudyArea(state, [{ point: incident.coordinates, path: 'body.incident' }]);
  const [allPosts, allCaches] = await Promise.all([
    posts.list(db),
    q.layer === 'posts' ? Promise.resolve([]) : caches.list(db),
  ]);
  return answer(state.network.engine, { posts: allPosts, caches: allCaches }, q, incident);
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
