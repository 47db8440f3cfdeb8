import { type PostFeature, SiagaError, type SitingRequest } from '@siaga/schema';
import { costsFromPosts } from '../coverage/cell_costs.ts';
import type { CoveragePost } from '../coverage/coverage_inputs.ts';
import type { CoverageModel } from '../coverage/coverage_model.ts';
import { straightDistances } from '../coverage/wmk_radius.ts';
import { haversineM } from '../measure/haversine.ts';
import { travelTimeMatrix } from '../route/travel_time_matrix.ts';
import type { SitingProblem } from '../siting/siting_problem.ts';
import type { EngineAreas, EngineNetwork } from './engine_network.ts';
import { type CandidateSite, candidateSites } from './siting_candidates.ts';
import { type DemandItem, demandItems } from './siting_demand.ts';

/** A siting question ready for the solver, with the lists its indices point into. */
export interface SitingCase {
  request: SitingRequest;
  version: string;
  problem: SitingProblem;
  demand: DemandItem[];
  candidates: CandidateSite[];
  existing: PostFeature[];
  unit: 'seconds' | 'metres';
  /** The coverage grid the demand and hazard layers come from. */
  model: CoverageModel;
  /**
   * Cost under the standard from the nearest of `origins` to every land cell (grid.landCells order), Infinity
   * beyond the standard: the grid's view of what a set of sites covers.
   */
  cellCosts(origins: readonly Origin[]): Float64Array;
}

/** Where a site or post is and how long it takes to roll. */
export interface Origin {
  point: readonly number[];
  turnoutSeconds: number;
}

/**
 * Turns a dataset and a siting request into the solver's problem: demand (desa or grid blocks, hazard-weighted),
 * candidates, and the cost from every candidate and every existing post (chosen with selectPosts) to every demand
 * item under the standard: seconds by road with turnout, straight metres (WMK radius) or metres by road. `posts`
 * is every stored post, where planned and proposed candidates are found.
 *
 * @example sitingCase(network, areas, allPosts, selectPosts(allPosts, q), SitingRequest.parse({ k: 3 }))
 */
export function sitingCase(
  network: EngineNetwork,
  areas: EngineAreas,
  posts: readonly PostFeature[],
  existing: readonly PostFeature[],
  q: SitingRequest,
): SitingCase {
  const model = network.coverageModel(areas, q.profile);
  const demand = demandItems(model, q.demand);
  const existingIds = new Set(existing.map((p) => p.properties.id));
  const candidates = candidateSites(
    model,
    posts.filter((p) => !existingIds.has(p.properties.id)),
    q.candidates,
    q.budget,
  );
  if (candidates.length === 0) {
    throw new SiagaError('validation_failed', 'No candidate site is left to choose from', [
      {
        path: 'body.candidates',
        message: 'add candidate sources or marked sites, or exclude fewer hazard zones',
      },
    ]);
  }
  const points = demand.map((d) => d.point);
  const costs = (origins: readonly Origin[]): Float64Array => {
    const std = q.standard;
    if (std.mode === 'wmkRadius') {
      const out = new Float64Array(origins.length * points.length);
      origins.forEach((o, j) => {
        points.forEach((d, i) => {
          out[j * points.length + i] = haversineM(o.point[0] ?? 0, o.point[1] ?? 0, d[0], d[1]);
        });
      });
      return out;
    }
    const weights = std.mode === 'travelTime' ? network.weights(q.profile) : model.distance;
    const out = travelTimeMatrix(
      network.graph,
      weights,
      origins.map((o) => o.point),
      points,
      { workspace: network.workspace() },
    );
    if (std.mode === 'travelTime' && std.countTurnout) {
      origins.forEach((o, j) => {
        for (let i = 0; i < points.length; i++) {
          const k = j * points.length + i;
          out[k] = (out[k] as number) + o.turnoutSeconds;
        }
      });
    }
    return out;
  };
  const existingOrigins = existing.map((p) => ({
    point: p.geometry.coordinates,
    turnoutSeconds: p.properties.turnoutSeconds,
  }));
  const fromExisting = costs(existingOrigins);
  const n = demand.length;
  const existingCost = new Float64Array(n).fill(Infinity);
  const existingPost = new Int32Array(n).fill(-1);
  for (let e = 0; e < existing.length; e++) {
    for (let i = 0; i < n; i++) {
      const c = fromExisting[e * n + i] as number;
      if (c < (existingCost[i] as number)) {
        existingCost[i] = c;
        existingPost[i] = e;
      }
    }
  }
  const std = q.standard;
  const cellCosts = (origins: readonly Origin[]): Float64Array => {
    const posts = origins.map((o, i) => ({
      id: String(i),
      position: o.point,
      turnoutSeconds: o.turnoutSeconds,
    }));
    if (std.mode === 'wmkRadius') return straightDistances(model.grid, model.grid.landCells, posts);
    if (std.mode === 'wmkNetwork')
      return costsFromPosts(model, model.distance, posts, () => 0, null, std.radiusM).cells;
    const turnout = (p: CoveragePost) => (std.countTurnout ? (p.turnoutSeconds ?? 0) : 0);
    return costsFromPosts(model, model.weights, posts, turnout, null, std.minutes * 60).cells;
  };
  return {
    request: q,
    model,
    cellCosts,
    version: network.version,
    demand,
    candidates,
    existing: [...existing],
    unit: std.mode === 'travelTime' ? 'seconds' : 'metres',
    problem: {
      objective: q.objective,
      weight: Float64Array.from(demand, (d) => d.weight),
      cost: costs(candidates),
      existingCost,
      existingPost,
      standard: std.mode === 'travelTime' ? std.minutes * 60 : std.radiusM,
      price: Float64Array.from(candidates, (c) => c.price),
      cap: q.budget === undefined ? q.k : q.budget.cap,
    },
  };
}
