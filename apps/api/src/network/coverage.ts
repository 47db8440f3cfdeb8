import type { SiagaDb } from '@siaga/db';
import { type CoverageMode, type CoveragePost, computeCoverage, type ModeCoverage } from '@siaga/geo';
import {
  type CoverageModeName,
  type CoverageRequest,
  type CoverageResponse,
  SiagaError,
} from '@siaga/schema';
import type { NetworkService, RoutingState } from './network_service.ts';
import { requireInStudyArea } from './require_in_study_area.ts';
import { selectPosts } from './select_posts.ts';

const MODE = {
  travelTime: 'travel_time',
  wmkRadius: 'wmk_radius',
  wmkNetwork: 'wmk_network',
} as const satisfies Record<CoverageModeName, CoverageMode>;

/**
 * The coverage report of stored posts plus candidate sites (computeCoverage), gap outlines as GeoJSON.
 * A candidate without an id is named `candidate-<n>` (1-based, in request order).
 */
export async function coverageAnswer(
  db: SiagaDb,
  service: NetworkService,
  state: RoutingState,
  q: CoverageRequest,
): Promise<CoverageResponse> {
  requireInStudyArea(
    state,
    q.candidates.map((c, i) => ({ point: c.point.coordinates, path: `body.candidates.${i}.point` })),
  );
  const stored = await selectPosts(db, q);
  const listed = [
    ...stored.map((p) => ({
      id: p.properties.id,
      name: p.properties.name,
      source: 'post' as const,
      turnoutSeconds: p.properties.turnoutSeconds,
      position: p.geometry.coordinates,
    })),
    ...q.candidates.map((c, i) => ({
      id: c.id ?? `candidate-${i + 1}`,
      name: c.name ?? `Candidate ${i + 1}`,
      source: 'candidate' as const,
      turnoutSeconds: c.turnoutSeconds,
      position: c.point.coordinates,
    })),
  ];
  if (listed.length === 0) {
    throw new SiagaError(
      'validation_failed',
      `No posts to compute coverage for: no post has status ${q.postStatus.join(' or ')} and no candidates were given`,
      [{ path: 'body', message: 'give postIds, a postStatus that matches posts, or candidates' }],
    );
  }
  const model = await service.coverageModel(state, q.profile);
  const coveragePosts: CoveragePost[] = listed.map((p) => ({
    id: p.id,
    position: p.position,
    turnoutSeconds: p.turnoutSeconds,
  }));
  const report = computeCoverage(model, coveragePosts, {
    thresholdsMin: q.thresholdsMin,
    modes: q.modes.map((m) => MODE[m]),
    ...(q.wmk === undefined ? {} : { wmk: q.wmk }),
    gaps: q.gaps,
    closures: q.closures,
  });
  return {
    version: state.network.version,
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
