import {
  buildCoverageModel,
  type CoverageModelInput,
  type CoveragePost,
  cellCentreLonLat,
  computeCoverage,
  FIRE_ENGINE,
  isochrone,
  type StudyGrid,
} from '@siaga/geo';
import type { AreaGeometry } from '@siaga/schema';
import { wmkRadiusAreaTurf } from '../test/support/wmk_radius_turf.ts';
import { prng } from '../test/unit/geo/random_network.ts';
import { ms, time } from './timing.ts';

/** A study area to benchmark coverage on: the model's input, the land outline (for Turf) and the posts. */
export interface CoverageStudy {
  title: string;
  /** How the study area, population, hazards and posts were made, for the reader. */
  description: string;
  input: CoverageModelInput;
  land: AreaGeometry;
  posts: CoveragePost[];
}

/** The candidate post the planner drags: at the centre of a random land cell, with a 2-minute turnout. */
export function candidatePost(grid: StudyGrid, random: () => number): CoveragePost {
  const land = grid.landCells;
  const cell = land[Math.floor(random() * land.length)] ?? 0;
  return { id: 'candidate', position: cellCentreLonLat(grid, cell), turnoutSeconds: 120 };
}

/** Benchmarks the planner's what-if, isochrones and the WMK radius (grid vs Turf) on one study; Markdown lines. */
export function coverageBenchLines(study: CoverageStudy, smoke: boolean): string[] {
  const runs = smoke ? 1 : 200;
  const warmup = smoke ? 0 : 20;
  const { input, posts } = study;
  const build = time(() => buildCoverageModel(input, { profile: FIRE_ENGINE }), smoke ? 1 : 5, smoke ? 0 : 1);
  const model = buildCoverageModel(input, { profile: FIRE_ENGINE });
  // The candidate the planner drags: a new random spot on land each run, so nothing is cached between runs.
  const rnd = prng(42);
  const { grid } = model;
  const land = grid.landCells;
  const candidates = Array.from({ length: 64 }, () => candidatePost(grid, rnd));
  const withCandidate = (i: number): CoveragePost[] => [
    ...posts,
    candidates[i % candidates.length] as CoveragePost,
  ];
  const whatIf = time(
    (i) => computeCoverage(model, withCandidate(i), { modes: ['travel_time'] }),
    runs,
    warmup,
  );
  const full = time((i) => computeCoverage(model, withCandidate(i)), runs, warmup);
  const iso = time((i) => isochrone(model, posts[i % posts.length] as CoveragePost), runs, warmup);
  const rule = { radiusM: 7_500, builtUpRadiusM: 7_500 };
  const gridRadius = time(
    () => computeCoverage(model, posts, { modes: ['wmk_radius'], gaps: false, wmk: rule }),
    runs,
    warmup,
  );
  const turfRuns = smoke ? 1 : 10;
  const turf = time(() => wmkRadiusAreaTurf(study.land, posts, rule.radiusM), turfRuns, smoke ? 0 : 2);
  const gridKm2 =
    computeCoverage(model, posts, { modes: ['wmk_radius'], gaps: false, wmk: rule }).wmkRadius?.levels[0]
      ?.coveredAreaKm2 ?? NaN;
  const turfKm2 = wmkRadiusAreaTurf(study.land, posts, rule.radiusM).areaKm2;

  return [
    `## Coverage and isochrones: ${study.title}`,
    '',
    study.description,
    '',
    `Grid ${grid.cols} x ${grid.rows} cells of ${grid.cellSizeM} m, ${land.length} on land ` +
      `(${model.totals.landAreaKm2.toFixed(0)} km², ${model.totals.noRoadAreaKm2.toFixed(0)} km² beyond ` +
      `${model.maxAccessM} m of a road); ${input.graph.nodeLon.length} road nodes; ${posts.length} posts ` +
      `(+1 candidate moved each run); ${model.desa.length} desa, ${model.hazards.length} hazard layers; fire engine ` +
      `profile. ${runs} timed runs after ${warmup} warm-up.`,
    '',
    '| measure | p50 | p99 | target |',
    '|---|---|---|---|',
    `| build coverage model, once per graph (ms, ${smoke ? 1 : 5} runs) | ${ms(build.p50)} | ${ms(build.p99)} | |`,
    `| what-if: travel-time coverage of all posts + candidate, 3 thresholds, gaps, population, hazard area (ms) | ${ms(whatIf.p50)} | ${ms(whatIf.p99)} | <= 30 |`,
    `| full report: travel time + WMK radius + WMK network, all with gaps (ms) | ${ms(full.p50)} | ${ms(full.p99)} | |`,
    `| isochrone of one post, 5/10/15 min polygons (ms) | ${ms(iso.p50)} | ${ms(iso.p99)} | <= 20 |`,
    `| WMK 7.5 km radius coverage on the grid, no gaps (ms) | ${ms(gridRadius.p50)} | ${ms(gridRadius.p99)} | |`,
    `| WMK 7.5 km radius, Turf buffer + union + intersect with land (ms, ${turfRuns} runs) | ${ms(turf.p50)} | ${ms(turf.p99)} | reference |`,
    '',
    `Turf / grid time ratio (p50): ${(turf.p50 / gridRadius.p50).toFixed(0)}x. ` +
      `Covered area: grid ${gridKm2.toFixed(1)} km², Turf ${turfKm2.toFixed(1)} km² ` +
      `(difference ${(((gridKm2 - turfKm2) / turfKm2) * 100).toFixed(2)} %).`,
    '',
  ];
}
