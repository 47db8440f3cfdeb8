import { posts, type SiagaDb } from '@siaga/db';
import { type CoveragePost, isochrone } from '@siaga/geo';
import { type IsochroneCollection, type IsochroneRequest, SiagaError } from '@siaga/schema';
import type { NetworkService, RoutingState } from './network_service.ts';
import { requireInStudyArea } from './require_in_study_area.ts';

/**
 * Drive-time polygons around a stored post or a point, one per break, smallest first. Pure drive time unless
 * includeTurnout: then the post's own turnout (or the point's turnoutSeconds, default 0) comes first.
 */
export async function isochroneAnswer(
  db: SiagaDb,
  service: NetworkService,
  state: RoutingState,
  q: IsochroneRequest,
): Promise<IsochroneCollection> {
  const start = await startOf(db, q);
  if (q.point !== undefined) requireInStudyArea(state, [{ point: q.point.coordinates, path: 'body.point' }]);
  const model = await service.coverageModel(state, q.profile);
  const result = isochrone(model, start, {
    breaksMin: q.breaksMin,
    includeTurnout: q.includeTurnout,
    closures: q.closures,
  });
  return {
    type: 'FeatureCollection',
    version: state.network.version,
    profile: q.profile,
    anchored: result.anchored,
    features: result.features.map((f) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: {
        breakMin: f.properties.minutes,
        areaKm2: f.properties.areaKm2,
        population: f.properties.population,
      },
    })),
  };
}

async function startOf(db: SiagaDb, q: IsochroneRequest): Promise<CoveragePost> {
  if (q.point !== undefined) {
    return { id: 'point', position: q.point.coordinates, turnoutSeconds: q.turnoutSeconds ?? 0 };
  }
  const id = q.postId ?? '';
  const post = await posts.get(db, id);
  if (post === null) {
    throw new SiagaError('not_found', `No post with id ${id}`, [
      { path: 'body.postId', message: 'no such post' },
    ]);
  }
  return { id, position: post.geometry.coordinates, turnoutSeconds: post.properties.turnoutSeconds };
}
