import type { Highs } from 'highs';
import { type ExactSites, exactSites } from './exact_sites.ts';
import { heuristicSites } from './heuristic_sites.ts';
import type { MipProgress } from './run_mip.ts';
import { objectiveOf } from './serve_demand.ts';
import type { SitingProblem } from './siting_problem.ts';

export interface FastSites {
  selected: Int32Array;
  objective: number;
  ms: number;
}

export interface SolveOptions {
  /** HiGHS, loaded by the caller (Node or a Worker); null stops at the fast answer. */
  highs: Highs | null;
  timeLimitS: number;
  /** Called with the fast answer before the exact search starts (the Worker posts it at once). */
  onFast?: (fast: FastSites) => void;
  onProgress?: (progress: MipProgress) => void;
}

export interface SolvedSites {
  fast: FastSites;
  exact: (ExactSites & { ms: number }) | null;
}

/**
 * The fast answer (greedy + interchange), then the exact one from HiGHS warm-started from it. Both times are
 * from the call, so `exact.ms` is the time to the proven answer.
 *
 * @example const { fast, exact } = solveSites(problem, { highs, timeLimitS: 30 });
 */
export function solveSites(p: SitingProblem, options: SolveOptions): SolvedSites {
  const t0 = Date.now();
  const selected = heuristicSites(p);
  const fast = { selected, objective: objectiveOf(p, selected), ms: Date.now() - t0 };
  options.onFast?.(fast);
  if (options.highs === null) return { fast, exact: null };
  const exact = exactSites(options.highs, p, {
    timeLimitS: options.timeLimitS,
    start: selected,
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  });
  return { fast, exact: { ...exact, ms: Date.now() - t0 } };
}
