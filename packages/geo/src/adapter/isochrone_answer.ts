import { type IsochroneCollection, type IsochroneRequest, type PostFeature, SiagaError } from '@siaga/schema';
import type { CoveragePost } from '../coverage/coverage_inputs.ts';
import { isochrone } from '../isochrone/isochrone.ts';
import type { EngineAreas, EngineNetwork } from './engine_network.ts';

/**
 * Drive-time polygons around a post (found among `posts`, else 404) or a point, one per break, smallest first.
 * Pure drive time unless includeTurnout: then the post's own turnout (or the point's turnoutSeconds, default 0)
 * comes first.
 *
 * @example isochroneAnswer(network, areas, posts, IsochroneRequest.parse({ postId: 'pos-induk' }))
 */
export function isochroneAnswer(
  network: EngineNetwork,
  areas: EngineAreas,
  posts: readonly PostFeature[],
  q: IsochroneRequest,
): IsochroneCollection {
  const start = startOf(posts, q);
  const result = isochrone(network.coverageModel(areas, q.profile), start, {
    breaksMin: q.breaksMin,
    includeTurnout: q.includeTurnout,
    closures: q.closures,
  });
  return {
    type: 'FeatureCollection',
    version: network.version,
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

function startOf(posts: readonly PostFeature[], q: IsochroneRequest): CoveragePost {
  if (q.point !== undefined) {
    return { id: 'point', position: q.point.coordinates, turnoutSeconds: q.turnoutSeconds ?? 0 };
  }
  const id = q.postId ?? '';
  const post = posts.find((p) => p.properties.id === id);
  if (post === undefined) {
    throw new SiagaError('not_found', `No post with id ${id}`, [
      { path: 'body.postId', message: 'no such post' },
    ]);
  }
  return { id, position: post.geometry.coordinates, turnoutSeconds: post.properties.turnoutSeconds };
}
