import { LinearModel } from './linear_model.ts';
import { BY_EXISTING, serveDemand } from './serve_demand.ts';
import {
  activeDemand,
  candidateCount,
  demandCount,
  type SitingProblem,
  unservedCost,
} from './siting_problem.ts';

/** A MIP of a siting question: column k < m is candidate k's 0/1 site variable; `start` fills the rest. */
export interface SitingMip {
  model: LinearModel;
  maximise: boolean;
  /** Every column's value for a given selection, to warm-start the solver with the fast answer. */
  start(selected: ArrayLike<number>): Float64Array;
}

function siteColumns(p: SitingProblem, model: LinearModel, priced: boolean): void {
  for (let j = 0; j < candidateCount(p); j++) model.column(priced ? (p.price[j] as number) : 0, 0, 1, true);
}

function budgetRow(p: SitingProblem, model: LinearModel): void {
  const m = candidateCount(p);
  model.row(
    Array.from({ length: m }, (_, j) => j),
    Array.from(p.price),
    -Infinity,
    p.cap,
  );
}

function siteValues(model: LinearModel, selected: ArrayLike<number>): Float64Array {
  const values = new Float64Array(model.cost.length);
  for (let s = 0; s < selected.length; s++) values[selected[s] as number] = 1;
  return values;
}

/** Candidates within `radius` of demand item i. */
function coveringSites(p: SitingProblem, i: number, radius: number): number[] {
  const n = demandCount(p);
  const out: number[] = [];
  for (let j = 0; j < candidateCount(p); j++) if ((p.cost[j * n + i] as number) <= radius) out.push(j);
  return out;
}

/**
 * Maximal covering (Church & ReVelle 1974): maximise the weight within the standard; z_i <= sum of the sites
 * covering i; the total price within the cap. Items the existing posts cover are a constant.
 */
export function maximalCoveringMip(p: SitingProblem): SitingMip {
  const model = new LinearModel();
  siteColumns(p, model, false);
  const active = activeDemand(p);
  const zOf: [number, number][] = [];
  for (let i = 0; i < demandCount(p); i++) {
    if (active[i] === 0) continue;
    if ((p.existingCost[i] as number) <= p.standard) {
      model.offset += p.weight[i] as number;
      continue;
    }
    const sites = coveringSites(p, i, p.standard);
    if (sites.length === 0) continue;
    const z = model.column(p.weight[i] as number, 0, 1, false);
    zOf.push([i, z]);
    model.row([z, ...sites], [1, ...sites.map(() => -1)], -Infinity, 0);
  }
  budgetRow(p, model);
  return {
    model,
    maximise: true,
    start(selected) {
      const values = siteValues(model, selected);
      const served = serveDemand(p, selected).cost;
      for (const [i, z] of zOf) values[z] = (served[i] as number) <= p.standard ? 1 : 0;
      return values;
    },
  };
}

/**
 * Location set covering (Toregas et al. 1971) at a radius: the least total price so every weighted item beyond
 * the existing posts' reach has a site within the radius. The caller checks first that each such item has one.
 */
export function setCoveringMip(p: SitingProblem, radius: number = p.standard): SitingMip {
  const model = new LinearModel();
  siteColumns(p, model, true);
  const active = activeDemand(p);
  for (let i = 0; i < demandCount(p); i++) {
    if (active[i] === 0 || (p.existingCost[i] as number) <= radius) continue;
    const sites = coveringSites(p, i, radius);
    model.row(
      sites,
      sites.map(() => 1),
      1,
      Infinity,
    );
  }
  return { model, maximise: false, start: (selected) => siteValues(model, selected) };
}

/**
 * p-median (ReVelle & Swain 1970) with the existing posts open: each item is assigned to a selected site nearer
 * than its existing post (y_ij <= x_j, sum_j y_ij <= 1) or stays with the post; minimise weight times cost.
 */
export function pMedianMip(p: SitingProblem): SitingMip {
  const n = demandCount(p);
  const model = new LinearModel();
  siteColumns(p, model, false);
  const active = activeDemand(p);
  const unserved = unservedCost(p);
  const assign: { i: number; j: number; y: number }[] = [];
  for (let i = 0; i < n; i++) {
    if (active[i] === 0) continue;
    const w = p.weight[i] as number;
    const base = Math.min(p.existingCost[i] as number, unserved);
    model.offset += w * base;
    const ys: number[] = [];
    for (let j = 0; j < candidateCount(p); j++) {
      const c = p.cost[j * n + i] as number;
      if (!(c < base)) continue;
      const y = model.column(w * (c - base), 0, 1, false);
      ys.push(y);
      assign.push({ i, j, y });
      model.row([y, j], [1, -1], -Infinity, 0);
    }
    if (ys.length > 0) {
      model.row(
        ys,
        ys.map(() => 1),
        -Infinity,
        1,
      );
    }
  }
  budgetRow(p, model);
  return {
    model,
    maximise: false,
    start(selected) {
      const values = siteValues(model, selected);
      const { by } = serveDemand(p, selected);
      for (const { i, j, y } of assign) values[y] = by[i] !== BY_EXISTING && by[i] === j ? 1 : 0;
      return values;
    },
  };
}
