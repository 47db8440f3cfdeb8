import type { Highs } from 'highs';
import { maximalCoveringMip, pMedianMip, type SitingMip, setCoveringMip } from './covering_models.ts';
import { type ExactStatus, type MipProgress, relativeGap, runMip } from './run_mip.ts';
import { objectiveOf, totalPrice } from './serve_demand.ts';
import {
  activeDemand,
  candidateCount,
  demandCount,
  type SitingProblem,
  unservedCost,
} from './siting_problem.ts';

export interface ExactOptions {
  /** Wall-clock seconds for the whole exact answer. */
  timeLimitS: number;
  /** The fast answer, a feasible start (the solver never returns worse). */
  start: Int32Array;
  onProgress?: (progress: MipProgress) => void;
}

export interface ExactSites {
  status: ExactStatus;
  selected: Int32Array;
  objective: number;
  /** Proven bound on the optimum (upper when maximising, lower when minimising). */
  bound: number;
  gap: number | null;
}

/**
 * The exact answer from HiGHS: the model's MIP (p-center: a search over covering radii, each a set covering MIP),
 * warm-started from the fast answer, with the proven bound when the time limit stops it first.
 *
 * @example const exact = exactSites(await loadHighs(), problem, { timeLimitS: 10, start: heuristicSites(problem) });
 */
export function exactSites(highs: Highs, p: SitingProblem, options: ExactOptions): ExactSites {
  if (p.objective === 'pCenter') return pCenterSearch(highs, p, options);
  const mip = mipOf(p);
  const run = runMip(highs, mip, options.start, options.timeLimitS, options.onProgress);
  const selected = run.values === null ? options.start : sitesOf(p, run.values);
  const objective = objectiveOf(p, selected);
  const bound = run.bound ?? objective;
  return { status: run.status, selected, objective, bound, gap: relativeGap(objective, bound) };
}

function mipOf(p: SitingProblem): SitingMip {
  switch (p.objective) {
    case 'mclp':
      return maximalCoveringMip(p);
    case 'lscp':
      return setCoveringMip(p);
    case 'pMedian':
      return pMedianMip(p);
    case 'pCenter':
      throw new Error('p-center is solved by a radius search');
  }
}

function sitesOf(p: SitingProblem, values: Float64Array): Int32Array {
  const out: number[] = [];
  for (let j = 0; j < candidateCount(p); j++) if ((values[j] as number) > 0.5) out.push(j);
  return Int32Array.from(out);
}

/**
 * p-center: the least radius whose set covering fits the cap. The radii worth trying are the costs between the
 * lower bound (each item's nearest possible server) and the fast answer; a bisection proves each one feasible
 * or not, so the bound is the smallest radius not yet refused.
 */
function pCenterSearch(highs: Highs, p: SitingProblem, options: ExactOptions): ExactSites {
  const deadline = Date.now() + options.timeLimitS * 1_000;
  const radii = candidateRadii(p, objectiveOf(p, options.start));
  let best = options.start;
  let lo = 0;
  let hi = radii.length - 1;
  const report = () => {
    const objective = radii[hi] ?? objectiveOf(p, best);
    const bound = radii[lo] ?? objective;
    options.onProgress?.({ objective, bound, gap: relativeGap(objective, bound) });
  };
  let status: ExactStatus = 'optimal';
  while (lo < hi) {
    const remaining = (deadline - Date.now()) / 1_000;
    if (remaining <= 0) {
      status = 'time_limit';
      break;
    }
    const mid = (lo + hi) >> 1;
    const radius = radii[mid] as number;
    const fit = coverWithin(highs, p, radius, remaining);
    if (fit === 'unknown') {
      status = 'time_limit';
      break;
    }
    if (fit === null) lo = mid + 1;
    else {
      hi = mid;
      best = fit;
    }
    report();
  }
  const objective = objectiveOf(p, best);
  const bound = Math.min(objective, radii[lo] ?? objective);
  return { status, selected: best, objective, bound, gap: relativeGap(objective, bound) };
}

/** The cheapest cover at a radius if it fits the cap, null if none does, 'unknown' when time ran out. */
function coverWithin(
  highs: Highs,
  p: SitingProblem,
  radius: number,
  timeS: number,
): Int32Array | null | 'unknown' {
  const n = demandCount(p);
  const active = activeDemand(p);
  for (let i = 0; i < n; i++) {
    if (active[i] === 0 || (p.existingCost[i] as number) <= radius) continue;
    let any = false;
    for (let j = 0; j < candidateCount(p) && !any; j++) any = (p.cost[j * n + i] as number) <= radius;
    if (!any) return null;
  }
  const run = runMip(highs, setCoveringMip(p, radius), null, timeS);
  if (run.status === 'infeasible') return null;
  if (run.status !== 'optimal' || run.values === null) {
    if (run.bound !== null && run.bound > p.cap + 1e-9) return null;
    return 'unknown';
  }
  const selected = sitesOf(p, run.values);
  return totalPrice(p, selected) <= p.cap + 1e-9 ? selected : null;
}

/** Sorted distinct costs from the largest per-item nearest cost up to `upper`, ending with `upper`. */
function candidateRadii(p: SitingProblem, upper: number): number[] {
  const n = demandCount(p);
  const m = candidateCount(p);
  const active = activeDemand(p);
  const unserved = unservedCost(p);
  let lower = 0;
  for (let i = 0; i < n; i++) {
    if (active[i] === 0) continue;
    let nearest = Math.min(p.existingCost[i] as number, unserved);
    for (let j = 0; j < m; j++) nearest = Math.min(nearest, p.cost[j * n + i] as number);
    lower = Math.max(lower, nearest);
  }
  const values = new Set<number>([upper]);
  const keep = (c: number) => {
    if (c >= lower && c < upper) values.add(c);
  };
  for (const c of p.cost) keep(c);
  for (const c of p.existingCost) keep(c);
  return [...values].sort((a, b) => a - b);
}
