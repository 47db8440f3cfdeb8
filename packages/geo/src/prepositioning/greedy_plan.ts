import { pairCost } from './pair_moves.ts';
import {
  cacheCount,
  type PrepositioningProblem,
  serves,
  stockOf,
  typeCount,
  zoneCount,
} from './prepositioning_problem.ts';

/** Most kit units cache c may hold: its capacity, or its stock when that is already more. */
export const roomOf = (p: PrepositioningProblem, c: number): number =>
  Math.max(p.capacity[c] as number, stockOf(p, c));

interface Step {
  cache: number;
  type: number;
  donor: number;
  cost: number;
  ratio: number;
}

/**
 * The fast answer: start from today's stock and add one unit at a time where it closes the most missing kit per
 * rupiah, taking it from the nearest cache that can spare it (one whose zones keep their kit without it) when moving
 * costs less than buying,
 * opening a candidate cache only when that pays, within the capacities and the budget.
 *
 * @example const hold = greedyPlan(problem); scorePlan(problem, hold).missing
 */
export function greedyPlan(p: PrepositioningProblem): Int32Array {
  const T = typeCount(p);
  const C = cacheCount(p);
  const Z = zoneCount(p);
  const hold = Int32Array.from(p.stock);
  const load = Float64Array.from({ length: C }, (_, c) => stockOf(p, c));
  const within = new Int32Array(Z * T);
  for (let z = 0; z < Z; z++) {
    for (let c = 0; c < C; c++) {
      if (!serves(p, c, z)) continue;
      for (let t = 0; t < T; t++)
        within[z * T + t] = (within[z * T + t] as number) + (hold[c * T + t] as number);
    }
  }
  const short = (z: number, t: number) =>
    Math.max(0, (p.need[z * T + t] as number) - (within[z * T + t] as number));
  const spare = (c: number, t: number): boolean => {
    if ((hold[c * T + t] as number) <= 0) return false;
    for (let z = 0; z < Z; z++) {
      if (serves(p, c, z) && (within[z * T + t] as number) - 1 < (p.need[z * T + t] as number)) return false;
    }
    return true;
  };
  let spent = (() => {
    let open = 0;
    for (let c = 0; c < C; c++) if ((load[c] as number) > 0) open += p.openCost[c] as number;
    return open;
  })();
  for (;;) {
    let best: Step | null = null;
    for (let t = 0; t < T; t++) {
      let anyShort = false;
      for (let z = 0; z < Z && !anyShort; z++) anyShort = short(z, t) > 0;
      if (!anyShort) continue;
      for (let c = 0; c < C; c++) {
        if ((load[c] as number) + 1 > roomOf(p, c)) continue;
        let gain = 0;
        for (let z = 0; z < Z; z++) {
          if (serves(p, c, z) && short(z, t) > 0) gain += 1 / (p.need[z * T + t] as number);
        }
        if (gain <= 0) continue;
        // The nearest spare unit (cheapest to move), unless buying is cheaper still.
        let donor = -1;
        let unit = p.buyPrice[t] as number;
        for (let d = 0; d < C; d++) {
          if (d === c || !spare(d, t)) continue;
          const move = pairCost(p, t, d, c);
          if (move < unit) {
            donor = d;
            unit = move;
          }
        }
        const opening = (load[c] as number) === 0 ? (p.openCost[c] as number) : 0;
        const cost = unit + opening;
        if (spent + cost > p.budget + 1e-6) continue;
        const ratio = gain / Math.max(cost, 1e-9);
        if (best === null || ratio > best.ratio + 1e-12) best = { cache: c, type: t, donor, cost, ratio };
      }
    }
    if (best === null) return hold;
    const { cache, type, donor } = best;
    spent += best.cost;
    const shift = (c: number, by: number) => {
      hold[c * T + type] = (hold[c * T + type] as number) + by;
      load[c] = (load[c] as number) + by;
      for (let z = 0; z < Z; z++) {
        if (serves(p, c, z)) within[z * T + type] = (within[z * T + type] as number) + by;
      }
    };
    if (donor >= 0) shift(donor, -1);
    shift(cache, 1);
  }
}
