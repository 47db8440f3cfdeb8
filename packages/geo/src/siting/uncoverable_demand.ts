import { activeDemand, candidateCount, demandCount, type SitingProblem } from './siting_problem.ts';

/**
 * The proof that set covering has no answer: every weighted demand item that no existing post and no candidate
 * reaches within the standard. Empty when every item can be covered. Items no site reaches at all count too.
 *
 * @example uncoverableDemand(problem) // Int32Array [4, 17]: items 4 and 17 lie beyond every candidate
 */
export function uncoverableDemand(p: SitingProblem): Int32Array {
  const n = demandCount(p);
  const m = candidateCount(p);
  const active = activeDemand(p);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    if ((p.weight[i] as number) <= 0) continue;
    if (active[i] === 1 && (p.existingCost[i] as number) <= p.standard) continue;
    let reachable = false;
    for (let j = 0; j < m && !reachable; j++) reachable = (p.cost[j * n + i] as number) <= p.standard;
    if (!reachable) out.push(i);
  }
  return Int32Array.from(out);
}
