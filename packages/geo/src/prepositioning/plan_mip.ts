import { LinearModel } from '../siting/linear_model.ts';
import { roomOf } from './greedy_plan.ts';
import { pairCost, pairMoves } from './pair_moves.ts';
import {
  cacheCount,
  type PrepositioningProblem,
  serves,
  stockOf,
  typeCount,
  zoneCount,
} from './prepositioning_problem.ts';

/** The MIP of a pre-positioning question and how to read a plan out of its columns. */
export interface PlanMip {
  model: LinearModel;
  maximise: false;
  start(hold: ArrayLike<number>): Float64Array;
  holdOf(values: Float64Array): Int32Array;
  /** The objective of a plan's score in the model's units. */
  objectiveOf(missing: number, cost: number): number;
  /** Rupiah per model cost unit. */
  scale: number;
}

/**
 * Per cache c and item type t: out (units given up, at most the stock), buy (units bought), and per pair of
 * caches a flow (units moved from one to the other, priced by the move price plus the per-km cost over the
 * road between them; only pairs where moving is cheaper than buying), all integer, so the cache holds
 * stock - out + flows in + buy. The flows out of a cache are at most the units it gives up. Per zone and item type a shortfall column closes the kit row. Per cache the
 * holding stays within capacity; a cache with an opening cost holds nothing unless its 0/1 open column is set.
 * The total cost stays within the budget. Minimise (missing kit) x penalty + cost, the penalty larger than any
 * plan's cost, so the least missing kit comes first and the least cost second. Costs are scaled by the largest
 * price so the numbers stay near 1.
 */
export function planMip(p: PrepositioningProblem): PlanMip {
  const T = typeCount(p);
  const C = cacheCount(p);
  const Z = zoneCount(p);
  let scale = 1;
  for (const v of p.buyPrice) scale = Math.max(scale, v);
  for (const v of p.openCost) scale = Math.max(scale, v);
  let upper = 0;
  let maxNeed = 1;
  for (let c = 0; c < C; c++) upper += roomOf(p, c) + (p.openCost[c] as number) / scale;
  for (const v of p.need) maxNeed = Math.max(maxNeed, v);
  const penalty = (upper + 1) * maxNeed;
  const model = new LinearModel();
  const outCol = new Int32Array(C * T).fill(-1);
  const buyCol = new Int32Array(C * T);
  const openCol = new Int32Array(C).fill(-1);
  /** Flow columns into (c, t) and out of (c, t), as [from, to, column]. */
  const flowsIn: [number, number, number][][] = Array.from({ length: C * T }, () => []);
  const flowsOut: [number, number, number][][] = Array.from({ length: C * T }, () => []);
  const budgetCols: number[] = [];
  const budgetVals: number[] = [];
  for (let c = 0; c < C; c++) {
    const room = roomOf(p, c);
    for (let t = 0; t < T; t++) {
      const k = c * T + t;
      const s = p.stock[k] as number;
      if (s > 0) outCol[k] = model.column(0, 0, s, true);
      buyCol[k] = model.column((p.buyPrice[t] as number) / scale, 0, room, true);
      budgetCols.push(buyCol[k] as number);
      budgetVals.push(p.buyPrice[t] as number);
    }
    const open = p.openCost[c] as number;
    if (open > 0) {
      openCol[c] = model.column(open / scale, 0, 1, true);
      budgetCols.push(openCol[c] as number);
      budgetVals.push(open);
    }
  }
  for (let a = 0; a < C; a++) {
    for (let t = 0; t < T; t++) {
      const s = p.stock[a * T + t] as number;
      if (s <= 0) continue;
      for (let b = 0; b < C; b++) {
        const price = pairCost(p, t, a, b);
        if (b === a || !(price < (p.buyPrice[t] as number))) continue;
        const col = model.column(price / scale, 0, Math.min(s, roomOf(p, b)), true);
        flowsOut[a * T + t]?.push([a, b, col]);
        flowsIn[b * T + t]?.push([a, b, col]);
        budgetCols.push(col);
        budgetVals.push(price);
      }
    }
  }
  const change = (c: number, t: number): [number[], number[]] => {
    const k = c * T + t;
    const cols = [buyCol[k] as number];
    const vals = [1];
    for (const [, , col] of flowsIn[k] ?? []) {
      cols.push(col);
      vals.push(1);
    }
    if ((outCol[k] as number) >= 0) {
      cols.push(outCol[k] as number);
      vals.push(-1);
    }
    return [cols, vals];
  };
  const shortCol = new Int32Array(Z * T).fill(-1);
  for (let z = 0; z < Z; z++) {
    for (let t = 0; t < T; t++) {
      const need = p.need[z * T + t] as number;
      if (need <= 0) continue;
      const cols: number[] = [];
      const vals: number[] = [];
      let held = 0;
      for (let c = 0; c < C; c++) {
        if (!serves(p, c, z)) continue;
        held += p.stock[c * T + t] as number;
        const [cc, vv] = change(c, t);
        cols.push(...cc);
        vals.push(...vv);
      }
      const s = model.column(penalty / need, 0, need, false);
      shortCol[z * T + t] = s;
      model.row([...cols, s], [...vals, 1], need - held, Infinity);
    }
  }
  for (let k = 0; k < C * T; k++) {
    const flows = flowsOut[k] ?? [];
    if (flows.length === 0) continue;
    model.row(
      [...flows.map(([, , col]) => col), outCol[k] as number],
      [...flows.map(() => 1), -1],
      -Infinity,
      0,
    );
  }
  for (let c = 0; c < C; c++) {
    const cols: number[] = [];
    const vals: number[] = [];
    for (let t = 0; t < T; t++) {
      const [cc, vv] = change(c, t);
      cols.push(...cc);
      vals.push(...vv);
    }
    const free = roomOf(p, c) - stockOf(p, c);
    if ((openCol[c] as number) >= 0) {
      cols.push(openCol[c] as number);
      vals.push(-Math.max(free, 0));
      model.row(cols, vals, -Infinity, 0);
    } else model.row(cols, vals, -Infinity, free);
  }
  if (Number.isFinite(p.budget)) model.row(budgetCols, budgetVals, -Infinity, p.budget);
  return {
    model,
    maximise: false,
    start(hold) {
      const values = new Float64Array(model.cost.length);
      for (let t = 0; t < T; t++) {
        const change = pairMoves(p, hold, t);
        for (let c = 0; c < C; c++) {
          const k = c * T + t;
          const diff = (hold[k] as number) - (p.stock[k] as number);
          if (diff < 0) values[outCol[k] as number] = -diff;
          values[buyCol[k] as number] = change.bought[c] as number;
        }
        for (const m of change.moves) {
          const flow = flowsOut[m.from * T + t]?.find(([, b]) => b === m.to);
          if (flow !== undefined) values[flow[2]] = m.units;
        }
      }
      for (let c = 0; c < C; c++) {
        if ((openCol[c] as number) < 0) continue;
        let load = 0;
        for (let t = 0; t < T; t++) load += hold[c * T + t] as number;
        values[openCol[c] as number] = load > 0 ? 1 : 0;
      }
      for (let z = 0; z < Z; z++) {
        for (let t = 0; t < T; t++) {
          const s = shortCol[z * T + t] as number;
          if (s < 0) continue;
          let within = 0;
          for (let c = 0; c < C; c++) if (serves(p, c, z)) within += hold[c * T + t] as number;
          values[s] = Math.max(0, (p.need[z * T + t] as number) - within);
        }
      }
      return values;
    },
    holdOf(values) {
      const hold = Int32Array.from(p.stock);
      const read = (col: number) => (col >= 0 ? Math.round(values[col] as number) : 0);
      const sent = (k: number) => (flowsOut[k] ?? []).reduce((sum, [, , col]) => sum + read(col), 0);
      const load = new Float64Array(C);
      for (let k = 0; k < C * T; k++) {
        const received = (flowsIn[k] ?? []).reduce((sum, [, , col]) => sum + read(col), 0);
        hold[k] = (hold[k] as number) - read(outCol[k] as number) + received + read(buyCol[k] as number);
        const c = Math.floor(k / T);
        load[c] = (load[c] as number) + (hold[k] as number);
      }
      // Units given up but sent nowhere cost nothing either way: they stay where they were when there is room.
      for (let k = 0; k < C * T; k++) {
        const c = Math.floor(k / T);
        const back = Math.min(read(outCol[k] as number) - sent(k), roomOf(p, c) - (load[c] as number));
        if (back <= 0) continue;
        hold[k] = (hold[k] as number) + back;
        load[c] = (load[c] as number) + back;
      }
      return hold;
    },
    objectiveOf: (missing, cost) => missing * penalty + cost / scale,
    scale,
  };
}
