import { bestSwap } from './best_swap.ts';
import { objectiveOf, scorerOf, serveDemand } from './serve_demand.ts';
import { maximises, type SitingProblem } from './siting_problem.ts';

export interface SiteExplanation {
  /** The candidate index. */
  site: number;
  /** Demand items this site serves best (index into the demand list). */
  served: Int32Array;
  servedWeight: number;
  /** Items it brings within the standard that the existing posts left outside. */
  newlyCovered: Int32Array;
  newlyCoveredWeight: number;
  /** The existing post that served most of this site's weight before, with that weight; null when none. */
  relieves: { post: number; weight: number } | null;
  /** The best other candidate in its place, and how much worse the objective would be (>= 0 when optimal). */
  nextBest: { site: number; objective: number; worseBy: number } | null;
}

/**
 * Why each selected site is there: who it serves, the items it newly brings within the standard, the existing
 * post it takes load off, and the cost of the best alternative in its place.
 *
 * @example explainSites(problem, exact.selected)[0].newlyCoveredWeight // people newly within 15 minutes
 */
export function explainSites(p: SitingProblem, selected: ArrayLike<number>): SiteExplanation[] {
  const list = Array.from(selected);
  const { by, cost } = serveDemand(p, list);
  const objective = objectiveOf(p, list);
  const scorer = scorerOf(p);
  return list.map((site, position) => {
    const served: number[] = [];
    const newly: number[] = [];
    const relieved = new Map<number, number>();
    let servedWeight = 0;
    let newlyWeight = 0;
    for (let i = 0; i < by.length; i++) {
      if (by[i] !== site) continue;
      const w = p.weight[i] as number;
      served.push(i);
      servedWeight += w;
      if ((cost[i] as number) <= p.standard && (p.existingCost[i] as number) > p.standard) {
        newly.push(i);
        newlyWeight += w;
      }
      const post = p.existingPost[i] as number;
      if (post >= 0) relieved.set(post, (relieved.get(post) ?? 0) + w);
    }
    let relieves: SiteExplanation['relieves'] = null;
    for (const [post, weight] of relieved) {
      if (relieves === null || weight > relieves.weight) relieves = { post, weight };
    }
    const swap = bestSwap(p, list, position, scorer);
    let nextBest: SiteExplanation['nextBest'] = null;
    if (swap !== null && swap.replacement >= 0) {
      const alternative = objectiveOf(
        p,
        list.map((j, t) => (t === position ? swap.replacement : j)),
      );
      const worseBy = maximises(p) ? objective - alternative : alternative - objective;
      nextBest = { site: swap.replacement, objective: alternative, worseBy };
    }
    return {
      site,
      served: Int32Array.from(served),
      servedWeight,
      newlyCovered: Int32Array.from(newly),
      newlyCoveredWeight: newlyWeight,
      relieves,
      nextBest,
    };
  });
}
