/** The four location models, named as planners know them (the app labels them). */
export type SitingObjective = 'mclp' | 'lscp' | 'pCenter' | 'pMedian';

/**
 * One siting question on typed arrays, independent of maps and units: n demand items, m candidate sites, the
 * cost (seconds or metres) from every candidate to every demand item and from the nearest existing post, which
 * stays open. Counting K new sites is a budget with every price 1 and the cap K.
 */
export interface SitingProblem {
  objective: SitingObjective;
  /** Demand weight (population, hazard-weighted), length n. */
  weight: Float64Array;
  /** cost[j * n + i]: candidate j to demand i; Infinity where unreachable. */
  cost: Float64Array;
  /** Cost from the nearest existing post to demand i; Infinity where none reaches it. */
  existingCost: Float64Array;
  /** Index of that existing post (into the caller's list), -1 where none. */
  existingPost: Int32Array;
  /** A demand item is covered when its cost is at most this. */
  standard: number;
  /** Price of each candidate, length m (1 each when counting sites). */
  price: Float64Array;
  /** Most total price the new sites may cost (K when counting sites); set covering ignores it. */
  cap: number;
}

export const demandCount = (p: SitingProblem): number => p.weight.length;
export const candidateCount = (p: SitingProblem): number => p.price.length;

/** True when the model maximises (maximal covering); the others minimise. */
export const maximises = (p: SitingProblem): boolean => p.objective === 'mclp';

/**
 * Demand items the models count: weighted, and reached by an existing post or by some candidate. The rest are
 * reported apart (no site in the list can ever serve them).
 */
export function activeDemand(p: SitingProblem): Uint8Array {
  const n = demandCount(p);
  const m = candidateCount(p);
  const active = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if ((p.weight[i] as number) <= 0) continue;
    if (Number.isFinite(p.existingCost[i] as number)) {
      active[i] = 1;
      continue;
    }
    for (let j = 0; j < m; j++) {
      if (Number.isFinite(p.cost[j * n + i] as number)) {
        active[i] = 1;
        break;
      }
    }
  }
  return active;
}

/**
 * The cost counted for a demand item no open site reaches (p-median and p-center): twice the largest finite
 * cost in the problem, so leaving an item unserved is always worse than serving it from afar.
 */
export function unservedCost(p: SitingProblem): number {
  let most = 0;
  for (const c of p.cost) if (Number.isFinite(c) && c > most) most = c;
  for (const c of p.existingCost) if (Number.isFinite(c) && c > most) most = c;
  return 2 * most + 1;
}
