import { posts, type SiagaDb } from '@siaga/db';
import { selectPosts } from '@siaga/geo';
import type { SitingRequest, SitingResponse } from '@siaga/schema';
import type { NetworkService, RoutingState } from './network_service.ts';
import { requireInStudyArea } from './require_in_study_area.ts';

/** The best new sites for the stored posts (the existing ones kept), computed on an engine thread. */
export async function sitingAnswer(
  db: SiagaDb,
  service: NetworkService,
  state: RoutingState,
  q: SitingRequest,
): Promise<SitingResponse> {
  requireInStudyArea(
    state,
    q.candidates.marked.map((m, i) => ({
      point: m.point.coordinates,
      path: `body.candidates.marked.${i}.point`,
    })),
  );
  const all = await posts.list(db);
  return service.run(state, { kind: 'siting', posts: all, existing: selectPosts(all, q), request: q });
}
