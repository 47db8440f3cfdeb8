import { posts, type SiagaDb } from '@siaga/db';
import { selectPosts } from '@siaga/geo';
import { type MatrixRequest, type MatrixResponse, SiagaError } from '@siaga/schema';
import type { NetworkService, RoutingState } from './network_service.ts';
import { requireInStudyArea } from './require_in_study_area.ts';
import { withStoredClosures } from './stored_closures.ts';

/** Travel seconds from stored posts to every desa or to the given points in the study area. */
export async function matrixAnswer(
  db: SiagaDb,
  service: NetworkService,
  state: RoutingState,
  request: MatrixRequest,
): Promise<MatrixResponse> {
  const q = await withStoredClosures(db, request);
  const origins = selectPosts(await posts.list(db), q);
  if (origins.length === 0) {
    throw new SiagaError('validation_failed', `No post has status ${q.postStatus.join(' or ')}`, [
      { path: 'body.postStatus', message: 'no posts match' },
    ]);
  }
  if (q.destinations !== 'desa') {
    requireInStudyArea(
      state,
      q.destinations.map((p, i) => ({ point: p.coordinates, path: `body.destinations.${i}` })),
    );
  }
  return service.run(state, { kind: 'matrix', posts: origins, request: q });
}
