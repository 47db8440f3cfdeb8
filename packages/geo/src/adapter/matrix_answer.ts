import type { MatrixRequest, MatrixResponse, PostFeature } from '@siaga/schema';
import { closedLinkMask } from '../route/closures.ts';
import { travelTimeMatrix } from '../route/travel_time_matrix.ts';
import type { EngineAreas, EngineNetwork } from './engine_network.ts';

/**
 * Travel seconds (no turnout) from each origin post (chosen with selectPosts) to each destination. 'desa' uses
 * each desa's representative point from the coverage model, the same point the coverage report's desa times are
 * measured at.
 *
 * @example matrixAnswer(network, areas, selectPosts(posts, q), MatrixRequest.parse({}))
 */
export function matrixAnswer(
  network: EngineNetwork,
  areas: EngineAreas,
  origins: readonly PostFeature[],
  q: MatrixRequest,
): MatrixResponse {
  let destinations: MatrixResponse['destinations'];
  let points: (readonly number[])[];
  if (q.destinations === 'desa') {
    const model = network.coverageModel(areas, q.profile);
    destinations = model.desa.map((d) => ({ code: d.code, name: d.name }));
    points = model.desa.map((d) => d.point);
  } else {
    destinations = q.destinations.map((_, index) => ({ index, name: null }));
    points = q.destinations.map((p) => p.coordinates);
  }
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
