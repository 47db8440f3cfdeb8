import { posts, type SiagaDb } from '@siaga/db';
import type { IsochroneCollection, IsochroneRequest } from '@siaga/schema';
import type { NetworkService, RoutingState } from './network_service.ts';
import { requireInStudyArea } from './require_in_study_area.ts';
import { withStoredClosures } from './stored_closures.ts';

/** Drive-time polygons around a stored post or a point in the study area. */
export async function isochroneAnswer(
  db: SiagaDb,
  service: NetworkService,
  state: RoutingState,
  request: IsochroneRequest,
): Promise<IsochroneCollection> {
  const q = await withStoredClosures(db, request);
  if (q.point !== undefined) requireInStudyArea(state, [{ point: q.point.coordinates, path: 'body.point' }]);
  const post = q.postId === undefined ? null : await posts.get(db, q.postId);
  return service.run(state, { kind: 'isochrone', posts: post === null ? [] : [post], request: q });
}
