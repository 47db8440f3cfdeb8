import type { Highs } from 'highs';
import { type ExactStatus, type MipProgress, relativeGap, runMip } from '../siting/run_mip.ts';
import { type PlanScore, scorePlan } from './evaluate_plan.ts';
import { greedyPlan } from './greedy_plan.ts';
import { planMip } from './plan_mip.ts';
import type { PrepositioningProblem } from './prepositioning_problem.ts';

export interface FastPlan {
  hold: Int32Array;
  score: PlanScore;
  ms: number;
}

export interface ExactPlan extends FastPlan {
  status: ExactStatus;
  /** Relative gap between the plan and the proven bound (0 = proven optimal), in the model's objective. */
  gap: number | null;
  /** Proven least cost of any plan with the whole kit everywhere, when this plan has it; null otherwise. */
  costBound: number | null;
}

export interface PlanOptions {
  /** HiGHS, loaded by the caller (Node or a Worker); null stops at the fast answer. */
  highs: Highs | null;
  timeLimitS: number;
  onFast?: (fast: FastPlan) => void;
  onProgress?: (progress: MipProgress) => void;
}

/**
 * The fast answer (greedy from today's stock), then the exact one from HiGHS warm-started from it: the least
 * missing kit, then the least cost. Both times are from the call.
 *
 * @example const { fast, exact } = solvePlan(problem, { highs, timeLimitS: 10 });
 */
export function solvePlan(
  p: PrepositioningProblem,
  options: PlanOptions,
): { fast: FastPlan; exact: ExactPlan | null } {
  const t0 = Date.now();
  const greedy = greedyPlan(p);
  const fast = { hold: greedy, score: scorePlan(p, greedy), ms: Date.now() - t0 };
  options.onFast?.(fast);
  if (options.highs === null) return { fast, exact: null };
  const mip = planMip(p);
  const run = runMip(options.highs, mip, greedy, options.timeLimitS, options.onProgress);
  let hold = greedy;
  if (run.values !== null) {
    const found = mip.holdOf(run.values);
    const score = scorePlan(p, found);
    if (
      score.feasible &&
      mip.objectiveOf(score.missing, score.cost) <=
        mip.objectiveOf(fast.score.missing, fast.score.cost) + 1e-9
    ) {
      hold = found;
    }
  }
  const score = scorePlan(p, hold);
  const objective = mip.objectiveOf(score.missing, score.cost);
  const bound = run.status === 'optimal' ? objective : Math.min(objective, run.bound ?? objective);
  return {
    fast,
    exact: {
      hold,
      score,
      ms: Date.now() - t0,
      status: run.status === 'infeasible' ? 'time_limit' : run.status,
      gap: relativeGap(objective, bound),
      costBound: score.missing === 0 ? Math.min(score.cost, bound * mip.scale) : null,
    },
  };
}
