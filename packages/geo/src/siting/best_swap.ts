import { beats, type Oriented, orient } from './score_order.ts';
import { type Scorer, scorerOf, serveDemand, totalPrice } from './serve_demand.ts';
import { candidateCount, demandCount, type SitingProblem } from './siting_problem.ts';

export interface Swap {
  /** The candidate to put in place of the one at `position`; -1: only dropping it (set covering). */
  replacement: number;
  score: Oriented;
}

/**
 * The best exchange for the site at `position` of a selection: every affordable candidate outside it is tried
 * in its place (a Teitz-Bart vertex interchange move); set covering may also just drop the site. Null when the
 * selection is the only choice (no candidate fits).
 */
export function bestSwap(
  p: SitingProblem,
  selected: readonly number[],
  position: number,
  scorer: Scorer = scorerOf(p),
): Swap | null {
  const n = demandCount(p);
  const m = candidateCount(p);
  const others = selected.filter((_, s) => s !== position);
  const base = serveDemand(p, others).cost;
  const basePrice = totalPrice(p, others);
  const inSet = new Uint8Array(m);
  for (const j of selected) inSet[j] = 1;
  const trial = new Float64Array(n);
  let best: Swap | null = null;
  if (p.objective === 'lscp') best = { replacement: -1, score: orient(p, scorer(base, basePrice)) };
  for (let k = 0; k < m; k++) {
    if (inSet[k] === 1) continue;
    const price = basePrice + (p.price[k] as number);
    if (p.objective !== 'lscp' && price > p.cap + 1e-9) continue;
    const row = k * n;
    for (let i = 0; i < n; i++) trial[i] = Math.min(base[i] as number, p.cost[row + i] as number);
    const score = orient(p, scorer(trial, price));
    if (best === null || beats(score, best.score)) best = { replacement: k, score };
  }
  return best;
}
