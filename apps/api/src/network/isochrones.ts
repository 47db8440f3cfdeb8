import { posts, type SiagaDb } from '@siaga/db';
import { isochroneAnswer as answer } from '@siaga/geo';
import type { IsochroneCollection, IsochroneRequest } from '@siaga/schema';
import type { RoutingState } from './network_service.ts';
import { requireInStudyArea } from './require_in_study_area.ts';

/** Drive-time polygons around a stored post or a point in the study area. */
export async function isochroneAnswer(
  db: SiagaDb,
  state: RoutingState,
  q: IsochroneRequest,
): Promise<IsochroneCollection> {
  if (q.point !== undefined) requireInStudyArea(state, [{ point: q.point.coordinates, path: 'body.point' }]);
  const post = q.postId === undefined ? null : await posts.get(db, q.postId);
  return answer(state.network.engine, state.areas, post === null ? [] : [post], q);
}
