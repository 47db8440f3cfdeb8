import { IsochroneBreaks, SiagaError } from '@siaga/schema';
import { reachedCellCosts } from '../coverage/cell_costs.ts';
import type { CoveragePost } from '../coverage/coverage_inputs.ts';
import type { CoverageModel } from '../coverage/coverage_model.ts';
import { type MultiPolygonCoords, polygonizeCells } from '../grid/polygonize_cells.ts';
import { cellAreaKm2 } from '../grid/study_grid.ts';
import { type ClosureOptions, resolveClosedLinks } from '../route/closure_mask.ts';

export interface IsochroneOptions extends ClosureOptions {
  /** Minutes, strictly ascending, 1..120; default 5, 10, 15. */
  breaksMin?: readonly number[];
  /** Start the clock at the call (turnout first) instead of at the wheels rolling; default false. */
  includeTurnout?: boolean;
}

export interface IsochroneFeature {
  type: 'Feature';
  geometry: { type: 'MultiPolygon'; coordinates: MultiPolygonCoords };
  properties: { postId: string; minutes: number; areaKm2: number; population: number };
}

export interface IsochroneResult {
  type: 'FeatureCollection';
  /** One feature per break, ascending; each contains the previous one. */
  features: IsochroneFeature[];
  /** False when the post has no drivable, open road within the profile's snap distance (all polygons empty). */
  anchored: boolean;
}

/**
 * Drive-time polygons around one post: the land cells reached within each break (cell time = network time to
 * its nearest road position + off-road walk), traced on cell edges. They follow the roads reached, stop at the
 * coast, and nest, since every break thresholds the same cell times. Only the cells on links the search reached
 * are costed and only their bounding box traced, so the work after the search grows with the area reached.
 *
 * @example isochrone(model, { id: 'pos-induk', position: [115.09, -8.11] }, { breaksMin: [5, 10, 15] })
 */
export function isochrone(
  model: CoverageModel,
  post: CoveragePost,
  options: IsochroneOptions = {},
): IsochroneResult {
  const parsed = IsochroneBreaks.safeParse(options.breaksMin ?? [5, 10, 15]);
  if (!parsed.success) {
    throw new SiagaError(
      'validation_failed',
      'invalid isochrone breaks',
      parsed.error.issues.map((i) => ({
        path: ['breaksMin', ...i.path.map(String)].join('.'),
        message: i.message,
      })),
    );
  }
  const breaks = parsed.data;
  const limits = breaks.map((m) => m * 60);
  const closedLinks = resolveClosedLinks(model.graph, options);
  const { slots, costs, unanchored } = reachedCellCosts(
    model,
    model.weights,
    [post],
    (p) => (options.includeTurnout === true ? (p.turnoutSeconds ?? 0) : 0),
    closedLinks,
    limits[limits.length - 1] ?? 0,
  );
  const { grid, cellPopulation } = model;
  // Cells beyond every break (and all cells off the reached links) belong to no polygon.
  const level = new Uint8Array(slots.length);
  const window = { col0: grid.cols, row0: grid.rows, col1: 0, row1: 0 };
  for (let j = 0; j < slots.length; j++) {
    const cost = costs[j] as number;
    let b = 0;
    while (b < limits.length && cost > (limits[b] as number)) b++;
    level[j] = b;
    if (b === limits.length) continue;
    const c = grid.landCells[slots[j] as number] as number;
    const col = c % grid.cols;
    const row = (c - col) / grid.cols;
    window.col0 = Math.min(window.col0, col);
    window.col1 = Math.max(window.col1, col + 1);
    window.row0 = Math.min(window.row0, row);
    window.row1 = Math.max(window.row1, row + 1);
  }
  const mask = new Uint8Array(grid.cols * grid.rows);
  const cellArea = cellAreaKm2(grid);
  let cells = 0;
  let population = 0;
  const features = breaks.map((minutes, b): IsochroneFeature => {
    for (let j = 0; j < slots.length; j++) {
      if (level[j] !== b) continue;
      const c = grid.landCells[slots[j] as number] as number;
      mask[c] = 1;
      cells++;
      population += cellPopulation[c] as number;
    }
    return {
      type: 'Feature',
      geometry: {
        type: 'MultiPolygon',
        coordinates: cells === 0 ? [] : polygonizeCells(grid, mask, window),
      },
      properties: { postId: post.id, minutes, areaKm2: cells * cellArea, population },
    };
  });
  return { type: 'FeatureCollection', features, anchored: unanchored.length === 0 };
}
