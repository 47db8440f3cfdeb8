import { caches, posts, type SiagaDb } from '@siaga/db';
import type { PrepositioningRequest, PrepositioningResponse } from '@siaga/schema';
import type { NetworkService, RoutingState } from './network_service.ts';
import { requireInStudyArea } from './require_in_study_area.ts';

/** Which items to hold in which caches for the stored caches, posts and hazard zones, on an engine thread. */
export async function prepositioningAnswer(
  db: SiagaDb,
  service: NetworkService,
  state: RoutingState,
  q: PrepositioningRequest,
): Promise<PrepositioningResponse> {
  requireInStudyArea(
    state,
    q.candidates.marked.map((m, i) => ({
      point: m.point.coordinates,
      path: `body.candidates.marked.${i}.point`,
    })),
  );
  const [allCaches, allPosts] = await Promise.all([caches.list(db), posts.list(db)]);
  return service.run(state, { kind: 'prepositioning', caches: allCaches, posts: allPosts, request: q });
}
