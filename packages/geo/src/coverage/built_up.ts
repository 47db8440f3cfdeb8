import { cellAreaKm2 } from '../grid/study_grid.ts';
import type { CoverageModel } from './coverage_model.ts';

/**
 * 1 for the grid cells where the WMK built-up radius applies: cells of a kelurahan, and cells whose population
 * density is at least `densityPerKm2` (WmkRule.builtUpDensityPerKm2, 5,000/km² by default, explained there).
 */
export function builtUpCells(model: CoverageModel, densityPerKm2: number): Uint8Array {
  const { grid, cellDesa, cellPopulation } = model;
  const out = new Uint8Array(grid.cols * grid.rows);
  const minPopulation = densityPerKm2 * cellAreaKm2(grid);
  for (const c of grid.landCells) {
    const d = cellDesa[c] as number;
    if ((d >= 0 && model.desa[d]?.isKelurahan === true) || (cellPopulation[c] as number) >= minPopulation)
      out[c] = 1;
  }
  return out;
}
