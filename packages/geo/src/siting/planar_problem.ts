import { haversineM } from '../measure/haversine.ts';
import type { SitingObjective, SitingProblem } from './siting_problem.ts';

export interface SitePoint {
  id: string;
  /** Projected metres (x, y) or longitude, latitude. */
  x: number;
  y: number;
  weight: number;
}

export interface PlanarOptions {
  objective: SitingObjective;
  /** Covering radius in the points' unit (metres for lon/lat). */
  radius: number;
  /** Number of new sites. */
  p: number;
  /** Longitude/latitude: distances on the sphere instead of the plane. */
  lonLat: boolean;
}

/**
 * The siting problem of a plain point set with straight-line distances: every demand point a demand item, the
 * candidates (the demand points themselves when none are given) as sites, no existing posts.
 *
 * @example planarProblem(points, points, { objective: 'mclp', radius: 600, p: 5, lonLat: false })
 */
export function planarProblem(
  demand: readonly SitePoint[],
  candidates: readonly SitePoint[],
  options: PlanarOptions,
): SitingProblem {
  const n = demand.length;
  const cost = new Float64Array(candidates.length * n);
  candidates.forEach((c, j) => {
    demand.forEach((d, i) => {
      cost[j * n + i] = options.lonLat ? haversineM(c.x, c.y, d.x, d.y) : Math.hypot(c.x - d.x, c.y - d.y);
    });
  });
  return {
    objective: options.objective,
    weight: Float64Array.from(demand, (d) => d.weight),
    cost,
    existingCost: new Float64Array(n).fill(Infinity),
    existingPost: new Int32Array(n).fill(-1),
    standard: options.radius,
    price: new Float64Array(candidates.length).fill(1),
    cap: options.p,
  };
}
