import { activeDemand, demandCount, type SitingProblem, unservedCost } from './siting_problem.ts';

/** Who serves each demand item: the cost and the server (-1 an existing post, -2 nobody, else a candidate). */
export interface Service {
  cost: Float64Array;
  by: Int32Array;
}

export const BY_EXISTING = -1;
export const BY_NONE = -2;

/** Each demand item's cheapest server among the existing posts and the selected candidates. */
export function serveDemand(p: SitingProblem, selected: ArrayLike<number>): Service {
  const n = demandCount(p);
  const cost = Float64Array.from(p.existingCost);
  const by = new Int32Array(n);
  for (let i = 0; i < n; i++) by[i] = Number.isFinite(cost[i] as number) ? BY_EXISTING : BY_NONE;
  for (let s = 0; s < selected.length; s++) {
    const j = selected[s] as number;
    const row = j * n;
    for (let i = 0; i < n; i++) {
      const c = p.cost[row + i] as number;
      if (c < (cost[i] as number)) {
        cost[i] = c;
        by[i] = j;
      }
    }
  }
  return { cost, by };
}

/**
 * Scores a served cost array: the model's objective (covered weight, total price, weighted cost or worst cost)
 * and a tie-break that prefers closer service, both to be compared in the model's own sense.
 */
export type Scorer = (cost: ArrayLike<number>, price: number) => [primary: number, secondary: number];

/**
 * The scorer of a problem. Maximal covering counts weight within the standard; p-median sums weight times cost;
 * p-center takes the worst cost over weighted items; set covering counts the uncovered weight (then price).
 */
export function scorerOf(p: SitingProblem): Scorer {
  const n = demandCount(p);
  const active = activeDemand(p);
  const unserved = unservedCost(p);
  const w = p.weight;
  switch (p.objective) {
    case 'mclp':
      return (cost) => {
        let covered = 0;
        let sum = 0;
        for (let i = 0; i < n; i++) {
          if (active[i] === 0) continue;
          const c = cost[i] as number;
          if (c <= p.standard) covered += w[i] as number;
          sum += (w[i] as number) * Math.min(c, unserved);
        }
        return [covered, -sum];
      };
    case 'pMedian':
      return (cost) => {
        let sum = 0;
        for (let i = 0; i < n; i++) {
          if (active[i] === 1) sum += (w[i] as number) * Math.min(cost[i] as number, unserved);
        }
        return [sum, 0];
      };
    case 'pCenter':
      return (cost) => {
        let worst = 0;
        let sum = 0;
        for (let i = 0; i < n; i++) {
          if (active[i] === 0) continue;
          const c = Math.min(cost[i] as number, unserved);
          if (c > worst) worst = c;
          sum += (w[i] as number) * c;
        }
        return [worst, sum];
      };
    case 'lscp':
      return (cost, price) => {
        let uncovered = 0;
        for (let i = 0; i < n; i++) {
          if (active[i] === 1 && (cost[i] as number) > p.standard) uncovered += w[i] as number;
        }
        return [uncovered, price];
      };
  }
}

/** The model's objective value of a selection (what the answers report). */
export function objectiveOf(p: SitingProblem, selected: ArrayLike<number>): number {
  const { cost } = serveDemand(p, selected);
  if (p.objective === 'lscp') return totalPrice(p, selected);
  return scorerOf(p)(cost, totalPrice(p, selected))[0];
}

export function totalPrice(p: SitingProblem, selected: ArrayLike<number>): number {
  let sum = 0;
  for (let s = 0; s < selected.length; s++) sum += p.price[selected[s] as number] as number;
  return sum;
}
