import type { StudyGrid } from '../grid/study_grid.ts';

/** How a desa's population was laid on the grid. */
export type SpreadRule = 'road_cells' | 'all_cells' | 'nearest_cell' | 'none';

/**
 * Spreads each desa's population over its land cells that have road access, in equal shares (cells have equal
 * area, so this is area-weighted): settlement in Buleleng's uplands follows the roads, and forest or plantation
 * far from a road holds few people. A desa none of whose cells has road access spreads over all its land cells;
 * a desa too small to own a cell centre puts everyone in the land cell nearest `fallbackPoint`, kept apart as an
 * `extra` so the host cell's desa is not credited with them.
 *
 * `cellDesa[cell]` is the desa index or -1; `hasRoad[k]` is for land cell k (grid.landCells order).
 */
export function spreadPopulation(
  grid: StudyGrid,
  cellDesa: Int32Array,
  hasRoad: Uint8Array,
  populations: readonly number[],
  fallbackPoint: (desa: number) => readonly [number, number],
): PopulationSpread {
  const desaCount = populations.length;
  const allCells = new Int32Array(desaCount);
  const roadCells = new Int32Array(desaCount);
  const { landCells } = grid;
  for (let k = 0; k < landCells.length; k++) {
    const d = cellDesa[landCells[k] as number] as number;
    if (d < 0) continue;
    allCells[d] = (allCells[d] as number) + 1;
    if (hasRoad[k] === 1) roadCells[d] = (roadCells[d] as number) + 1;
  }
  const cellPopulation = new Float64Array(grid.cols * grid.rows);
  const rule: SpreadRule[] = populations.map((p, d) =>
    p <= 0
      ? 'none'
      : (roadCells[d] as number) > 0
        ? 'road_cells'
        : (allCells[d] as number) > 0
          ? 'all_cells'
          : 'nearest_cell',
  );
  for (let k = 0; k < landCells.length; k++) {
    const cell = landCells[k] as number;
    const d = cellDesa[cell] as number;
    if (d < 0) continue;
    const r = rule[d];
    if (r === 'road_cells' && hasRoad[k] === 1)
      cellPopulation[cell] = (populations[d] as number) / (roadCells[d] as number);
    else if (r === 'all_cells') cellPopulation[cell] = (populations[d] as number) / (allCells[d] as number);
  }
  const extras: PopulationExtra[] = [];
  rule.forEach((r, d) => {
    if (r !== 'nearest_cell') return;
    const cell = nearestLandCell(grid, fallbackPoint(d));
    if (cell >= 0) extras.push({ desa: d, cell, population: populations[d] as number });
  });
  return { cellPopulation, rule, extras };
}

/** The population of a desa that owns no cell, placed on the nearest land cell. */
export interface PopulationExtra {
  desa: number;
  cell: number;
  population: number;
}

export interface PopulationSpread {
  /** People per grid cell, desa that own cells only. */
  cellPopulation: Float64Array;
  rule: SpreadRule[];
  extras: PopulationExtra[];
}

function nearestLandCell(grid: StudyGrid, [lon, lat]: readonly [number, number]): number {
  const x = (lon - grid.lon0) * grid.mx - grid.x0;
  const y = (lat - grid.lat0) * grid.my - grid.y0;
  let best = -1;
  let bestD2 = Infinity;
  for (let k = 0; k < grid.landCells.length; k++) {
    const cell = grid.landCells[k] as number;
    const col = cell % grid.cols;
    const row = (cell - col) / grid.cols;
    const dx = (col + 0.5) * grid.cellSizeM - x;
    const dy = (row + 0.5) * grid.cellSizeM - y;
    const d2 = dx * dx + dy * dy;
    if (d2 < bestD2) {
      bestD2 = d2;
      best = cell;
    }
  }
  return best;
}
