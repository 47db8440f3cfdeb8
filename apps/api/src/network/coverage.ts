import { posts, type SiagaDb } from '@siaga/db';
import { selectPosts } from '@siaga/geo';
import { type CoverageRequest, type CoverageResponse, SiagaError } from '@siaga/schema';
import type { NetworkService, RoutingState } from './network_service.ts';
import { requireInStudyArea } from './require_in_study_area.ts';
import { withStoredClosures } from './stored_closures.ts';

/** The coverage report of stored posts plus candidate sites; 422 when there is nothing to place. */
export async function coverageAnswer(
  db: SiagaDb,
  service: NetworkService,
  state: RoutingState,
  request: CoverageRequest,
): Promise<CoverageResponse> {
  const q = await withStoredClosures(db, request);
  requireInStudyArea(
    state,
    q.candidates.map((c, i) => ({ point: c.point.coordinates, path: `body.candidates.${i}.point` })),
  );
  const stored = selectPosts(await posts.list(db), q);
  if (stored.length === 0 && q.candidates.length === 0) {
    throw new SiagaError(
      'validation_failed',
      `No posts to compute coverage for: no post has status ${q.postStatus.join(' or ')} and no candidates were given`,
      [{ path: 'body', message: 'give postIds, a postStatus that matches posts, or candidates' }],
    );
  }
  return service.run(state, { kind: 'coverage', posts: stored, request: q });
}
