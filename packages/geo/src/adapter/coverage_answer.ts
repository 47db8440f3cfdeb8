import type { CoverageModeName, CoverageRequest, CoverageResponse, PostFeature } from '@siaga/schema';
import { type CoverageMode, computeCoverage, type ModeCoverage } from '../coverage/compute_coverage.ts';
import type { CoveragePost } from '../coverage/coverage_inputs.ts';
import type { EngineAreas, EngineNetwork } from './engine_network.ts';

const MODE = {
  travelTime: 'travel_time',
  wmkRadius: 'wmk_radius',
  wmkNetwork: 'wmk_network',
} as const satisfies Record<CoverageModeName, CoverageMode>;

type Listed = CoverageResponse['posts'][number] & { position: readonly number[] };

/**
 * The coverage report of the given posts (chosen with selectPosts) plus the request's candidate sites, gap
 * outlines as GeoJSON. A candidate without an id is `candidate-<n>` (1-based, in request order); one without a
 * name gets none, so each client labels it in its reader's language.
 *
 * @example coverageAnswer(network, areas, selectPosts(posts, q), CoverageRequest.parse({ candidates }))
 */
export function coverageAnswer(
  network: EngineNetwork,
  areas: EngineAreas,
  posts: readonly PostFeature[],
  q: CoverageRequest,
): CoverageResponse {
  const listed: Listed[] = [
    ...posts.map((p) => ({
      id: p.properties.id,
      name: p.properties.name,
      source: 'post' as const,
      turnoutSeconds: p.properties.turnoutSeconds,
      position: p.geometry.coordinates,
    })),
    ...q.candidates.map((c, i) => ({
      id: c.id ?? `candidate-${i + 1}`,
      name: c.name ?? null,
      source: 'candidate' as const,
      turnoutSeconds: c.turnoutSeconds,
      position: c.point.coordinates,
    })),
  ];
  const model = network.coverageModel(areas, q.profile);
  const coveragePosts: CoveragePost[] = listed.map((p) => ({
    id: p.id,
    position: p.position,
    turnoutSeconds: q.countTurnout ? p.turnoutSeconds : 0,
  }));
  const report = computeCoverage(model, coveragePosts, {
    thresholdsMin: q.thresholdsMin,
    modes: q.modes.map((m) => MODE[m]),
    ...(q.wmk === undefined ? {} : { wmk: q.wmk }),
    gaps: q.gaps,
    closures: q.closures,
  });
  return {
    version: network.version,
    profile: q.profile,
    posts: listed.map(({ position: _position, ...p }) => p),
    cellSizeM: report.cellSizeM,
    landAreaKm2: report.landAreaKm2,
    population: report.population,
    noRoadAreaKm2: report.noRoadAreaKm2,
    noRoadPopulation: report.noRoadPopulation,
    unanchoredPosts: report.unanchoredPosts,
    travelTime: modeOf(report.travelTime),
    wmkRadius: modeOf(report.wmkRadius),
    wmkNetwork: modeOf(report.wmkNetwork),
  };
}

function modeOf(mode: ModeCoverage | null): CoverageResponse['travelTime'] {
  if (mode === null) return null;
  return {
    ...mode,
    levels: mode.levels.map((level) => ({
      ...level,
      gaps: level.gaps === null ? null : { type: 'MultiPolygon' as const, coordinates: level.gaps },
    })),
  };
}
