import { type Move, pairMoves } from './pair_moves.ts';
import {
  cacheCount,
  type PrepositioningProblem,
  serves,
  stockOf,
  typeCount,
  zoneCount,
} from './prepositioning_problem.ts';

/** What holding `hold[c * T + t]` units costs and leaves short. */
export interface PlanScore {
  /** Units that change cache, per item type. */
  moved: Int32Array;
  /** Units bought, per item type. */
  bought: Int32Array;
  /** The moves, per item type, paired at least cost (the nearer source first when prices are equal). */
  moves: Move[][];
  /** Rupiah paid for the moves (move price plus distance). */
  moveCost: number;
  /** Candidate caches opened (holding something with an opening cost). */
  opened: Int32Array;
  cost: number;
  /** shortfall[z * T + t]: units of t zone z's kit lacks within the standard. */
  shortfall: Int32Array;
  /** Sum over zones and item types of the fraction of the kit line missing (1 = a whole line missing). */
  missing: number;
  /** Within every cache's capacity and the budget. */
  feasible: boolean;
}

/**
 * Scores a plan. Per item type, the units caches gain beyond their stock come from the units other caches give
 * up where moving them (move price plus the per-km cost by road) is cheaper than buying, at least total cost;
 * the rest are bought.
 *
 * @example scorePlan(problem, problem.stock).shortfall // what today's stock leaves short
 */
export function scorePlan(p: PrepositioningProblem, hold: ArrayLike<number>): PlanScore {
  const T = typeCount(p);
  const C = cacheCount(p);
  const Z = zoneCount(p);
  const moved = new Int32Array(T);
  const bought = new Int32Array(T);
  const opened: number[] = [];
  let cost = 0;
  let feasible = true;
  const moves: Move[][] = [];
  let movePaid = 0;
  for (let t = 0; t < T; t++) {
    const change = pairMoves(p, hold, t);
    moved[t] = change.moved;
    bought[t] = change.boughtUnits;
    moves.push(change.moves);
    movePaid += change.moveCost;
    cost += change.moveCost + change.buyCost;
  }
  for (let c = 0; c < C; c++) {
    let load = 0;
    for (let t = 0; t < T; t++) load += hold[c * T + t] as number;
    if (load > (p.capacity[c] as number) && load > stockOf(p, c)) feasible = false;
    if (load > 0 && (p.openCost[c] as number) > 0) {
      opened.push(c);
      cost += p.openCost[c] as number;
    }
  }
  if (cost > p.budget + 1e-6) feasible = false;
  const shortfall = new Int32Array(Z * T);
  let missing = 0;
  for (let z = 0; z < Z; z++) {
    for (let t = 0; t < T; t++) {
      const need = p.need[z * T + t] as number;
      if (need <= 0) continue;
      let within = 0;
      for (let c = 0; c < C; c++) if (serves(p, c, z)) within += hold[c * T + t] as number;
      const short = Math.max(0, need - within);
      shortfall[z * T + t] = short;
      missing += short / need;
    }
  }
  return {
    moved,
    bought,
    moves,
    moveCost: movePaid,
    opened: Int32Array.from(opened),
    cost,
    shortfall,
    missing,
    feasible,
  };
}

/** Lexicographic order of plans: less missing kit first, then less cost; negative when a is better. */
export function comparePlans(a: PlanScore, b: PlanScore): number {
  if (Math.abs(a.missing - b.missing) > 1e-9) return a.missing - b.missing;
  return a.cost - b.cost;
}
