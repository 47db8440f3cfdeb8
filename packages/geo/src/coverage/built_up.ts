import { cellAreaKm2 } from '../grid/study_grid.ts';
import type { CoverageModel } from './coverage_model.ts';

/**
 * A cell counts as built-up for the WMK 2.5 km rule when it lies in a kelurahan or holds at least this many
 * people per km²: 1,500/km² is the density of an "urban centre" in the UN/Eurostat Degree of Urbanisation
 * (GHSL), which Singaraja's coastal desa reach once their population is laid along their roads.
 */
export const DEFAULT_BUILT_UP_DENSITY_PER_KM2 = 1_500;

/** 1 for built-up grid cells (kelurahan, or population density at or above `densityPerKm2`). */
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
