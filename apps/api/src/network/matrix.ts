import type { SiagaDb } from '@siaga/db';
import { closedLinkMask, travelTimeMatrix } from '@siaga/geo';
import { type MatrixRequest, type MatrixResponse, SiagaError } from '@siaga/schema';
import type { NetworkService, RoutingState } from './network_service.ts';
import { requireInStudyArea } from './require_in_study_area.ts';
import { selectPosts } from './select_posts.ts';

/**
 * Travel seconds (no turnout) from each post to each destination. 'desa' uses each desa's representative point
 * from the coverage model, the same point the coverage report's desa times are measured at.
 */
export async function matrixAnswer(
  db: SiagaDb,
  service: NetworkService,
  state: RoutingState,
  q: MatrixRequest,
): Promise<MatrixResponse> {
  const origins = await selectPosts(db, q);
  if (origins.length === 0) {
    throw new SiagaError('validation_failed', `No post has status ${q.postStatus.join(' or ')}`, [
      { path: 'body.postStatus', message: 'no posts match' },
    ]);
  }
  let destinations: MatrixResponse['destinations'];
  let points: (readonly number[])[];
  if (q.destinations === 'desa') {
    const model = await service.coverageModel(state, q.profile);
    destinations = model.desa.map((d) => ({ code: d.code, name: d.name }));
    points = model.desa.map((d) => d.point);
  } else {
    requireInStudyArea(
      state,
      q.destinations.map((p, i) => ({ point: p.coordinates, path: `body.destinations.${i}` })),
    );
    destinations = q.destinations.map((_, index) => ({ index, name: null }));
    points = q.destinations.map((p) => p.coordinates);
  }
  const { network } = state;
  const seconds = travelTimeMatrix(
    network.graph,
    network.weights(q.profile),
    origins.map((p) => p.geometry.coordinates),
    points,
    { closedLinks: closedLinkMask(network.graph, q.closures), workspace: network.workspace() },
  );
  const cols = points.length;
  return {
    version: network.version,
    profile: q.profile,
    origins: origins.map((p) => ({ id: p.properties.id, name: p.properties.name })),
    destinations,
    seconds: origins.map((_, i) =>
      Array.from(seconds.subarray(i * cols, (i + 1) * cols), (s) => (Number.isFinite(s) ? s : null)),
    ),
  };
}
