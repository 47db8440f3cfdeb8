import { bestSwap } from './best_swap.ts';
import { beats, orient } from './score_order.ts';
import { scorerOf, serveDemand, totalPrice } from './serve_demand.ts';
import { candidateCount, demandCount, type SitingProblem } from './siting_problem.ts';

const MAX_PASSES = 50;

/**
 * The fast answer: greedy adding (the best gain per price while the cap allows), then Teitz-Bart vertex
 * interchange until no single exchange improves, then greedy adding again into any budget the exchanges freed.
 *
 * @example heuristicSites(problem) // Int32Array of candidate indices
 */
export function heuristicSites(p: SitingProblem): Int32Array {
  let selected = greedyAdd(p, []);
  selected = interchange(p, selected);
  selected = greedyAdd(p, selected);
  return Int32Array.from(selected).sort();
}

/** Adds the candidate with the best gain per unit of price until nothing affordable improves the score. */
export function greedyAdd(p: SitingProblem, start: readonly number[]): number[] {
  const n = demandCount(p);
  const m = candidateCount(p);
  const scorer = scorerOf(p);
  const selected = [...start];
  const inSet = new Uint8Array(m);
  for (const j of selected) inSet[j] = 1;
  const served = serveDemand(p, selected).cost;
  let price = totalPrice(p, selected);
  let current = orient(p, scorer(served, price));
  const trial = new Float64Array(n);
  for (;;) {
    let bestJ = -1;
    let bestGain: [number, number] = [0, 0];
    for (let j = 0; j < m; j++) {
      const pj = p.price[j] as number;
      if (inSet[j] === 1 || (p.objective !== 'lscp' && price + pj > p.cap + 1e-9)) continue;
      const row = j * n;
      for (let i = 0; i < n; i++) trial[i] = Math.min(served[i] as number, p.cost[row + i] as number);
      const score = orient(p, scorer(trial, price + pj));
      const per = Math.max(pj, 1e-9);
      const gain: [number, number] = [(score[0] - current[0]) / per, (score[1] - current[1]) / per];
      if (!beats(gain, [0, 0])) continue;
      if (bestJ < 0 || beats(gain, bestGain)) {
        bestJ = j;
        bestGain = gain;
      }
    }
    if (bestJ < 0) return selected;
    selected.push(bestJ);
    inSet[bestJ] = 1;
    price += p.price[bestJ] as number;
    const row = bestJ * n;
    for (let i = 0; i < n; i++) served[i] = Math.min(served[i] as number, p.cost[row + i] as number);
    current = orient(p, scorer(served, price));
  }
}

/** Teitz-Bart: exchange any selected site for the candidate that improves the score most, until none does. */
export function interchange(p: SitingProblem, start: readonly number[]): number[] {
  const scorer = scorerOf(p);
  let selected = [...start];
  let current = orient(p, scorer(serveDemand(p, selected).cost, totalPrice(p, selected)));
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let improved = false;
    for (let s = 0; s < selected.length; s++) {
      const swap = bestSwap(p, selected, s, scorer);
      if (swap === null || !beats(swap.score, current)) continue;
      selected =
        swap.replacement < 0
          ? selected.filter((_, t) => t !== s)
          : selected.map((j, t) => (t === s ? swap.replacement : j));
      current = swap.score;
      improved = true;
      if (swap.replacement < 0) s--;
    }
    if (!improved) break;
  }
  return selected;
}
