import { type CoverageResponse, SiagaError } from '@siaga/schema';

type Mode = NonNullable<CoverageResponse['travelTime']>;

/** One mode of a coverage answer as the planner shows it: no per-desa list. */
export type ModeSummary = Pick<Mode, 'unit' | 'levels' | 'kecamatan'>;

/** A coverage answer trimmed to what the planner's panels and map show; every mode is present. */
export interface CoverageSummary {
  landAreaKm2: number;
  population: number;
  noRoadPopulation: number;
  unanchoredPosts: string[];
  postCount: number;
  travelTime: ModeSummary;
  wmkRadius: ModeSummary;
  wmkNetwork: ModeSummary;
}

/**
 * Trims a coverage answer for the planner (which asks for every mode); a missing mode is the caller's error.
 *
 * @example summarizeCoverage(coverageAnswer(network, areas, posts, q)).travelTime.levels[0]?.populationShare
 */
export function summarizeCoverage(r: CoverageResponse): CoverageSummary {
  return {
    landAreaKm2: r.landAreaKm2,
    population: r.population,
    noRoadPopulation: r.noRoadPopulation,
    unanchoredPosts: r.unanchoredPosts,
    postCount: r.posts.length,
    travelTime: modeSummary(r.travelTime, 'travelTime'),
    wmkRadius: modeSummary(r.wmkRadius, 'wmkRadius'),
    wmkNetwork: modeSummary(r.wmkNetwork, 'wmkNetwork'),
  };
}

function modeSummary(m: Mode | null, name: string): ModeSummary {
  if (m === null) throw new SiagaError('internal', `coverage mode ${name} missing from the answer`);
  return { unit: m.unit, levels: m.levels, kecamatan: m.kecamatan };
}
