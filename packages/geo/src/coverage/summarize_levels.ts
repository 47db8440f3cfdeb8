import type { HazardLevel, HazardType } from '@siaga/schema';
import { type MultiPolygonCoords, polygonizeCells } from '../grid/polygonize_cells.ts';
import { cellAreaKm2 } from '../grid/study_grid.ts';
import type { CoverageModel } from './coverage_model.ts';

/** Level of a sea cell in a level array. */
export const SEA = 255;

export interface HazardCoverage {
  hazardType: HazardType;
  level: HazardLevel;
  areaKm2: number;
  coveredAreaKm2: number;
  share: number;
}

/** Coverage at one limit (a threshold in minutes, or the WMK rule). */
export interface LevelCoverage {
  limit: number;
  coveredAreaKm2: number;
  /** Covered land area / land area, 0..1 (the WMK KPI). */
  areaShare: number;
  coveredPopulation: number;
  uncoveredPopulation: number;
  populationShare: number;
  hazards: HazardCoverage[];
  /** Land not covered, traced on cell edges; null when gaps were not asked for. */
  gaps: MultiPolygonCoords | null;
}

export interface DesaCoverage {
  code: string;
  name: string;
  kecamatanCode: string;
  population: number;
  /** Minutes (travel time) or metres (WMK) from the nearest post to the desa point; null beyond the search. */
  atPoint: number | null;
  /** Population in covered cells, one per limit. */
  coveredPopulation: number[];
  coveredShare: number[];
}

export interface KecamatanCoverage {
  code: string;
  name: string;
  population: number;
  coveredPopulation: number[];
  coveredShare: number[];
  /** Desa whose point is covered, one per limit. */
  desaCovered: number[];
  desaCount: number;
}

export interface CellSummary {
  levels: LevelCoverage[];
  desa: DesaCoverage[];
  kecamatan: KecamatanCoverage[];
}

/**
 * Totals from a level array: `cellLevel[cell]` is the index of the first limit the cell meets (limits count up),
 * `limits.length` when it meets none, SEA at sea. A cell meeting limit j meets every later one, so one pass with
 * counts per level and a running sum gives every limit. Desa points use `pointLevel`.
 */
export function summarizeLevels(
  model: CoverageModel,
  cellLevel: Uint8Array,
  limits: readonly number[],
  pointValue: (desa: number) => number | null,
  pointLevel: (desa: number) => number,
  withGaps: boolean,
): CellSummary {
  const { grid, cellDesa, cellPopulation } = model;
  const L = limits.length;
  const stride = L + 1;
  const areaCount = new Float64Array(stride);
  const popSum = new Float64Array(stride);
  const desaPop = new Float64Array(model.desa.length * stride);
  for (const c of grid.landCells) {
    const lvl = cellLevel[c] as number;
    const pop = cellPopulation[c] as number;
    areaCount[lvl] = (areaCount[lvl] as number) + 1;
    if (pop === 0) continue;
    popSum[lvl] = (popSum[lvl] as number) + pop;
    const d = cellDesa[c] as number;
    if (d >= 0) desaPop[d * stride + lvl] = (desaPop[d * stride + lvl] as number) + pop;
  }
  for (const e of model.extras) {
    const lvl = cellLevel[e.cell] as number;
    popSum[lvl] = (popSum[lvl] as number) + e.population;
    desaPop[e.desa * stride + lvl] = (desaPop[e.desa * stride + lvl] as number) + e.population;
  }
  const hazardCounts = model.hazards.map((h) => {
    const counts = new Float64Array(stride);
    for (const c of h.cells) counts[cellLevel[c] as number] = (counts[cellLevel[c] as number] as number) + 1;
    return runningSum(counts, L);
  });
  const cellArea = cellAreaKm2(grid);
  const { landAreaKm2, population } = model.totals;
  const coveredArea = runningSum(areaCount, L);
  const coveredPop = runningSum(popSum, L);
  const mask = withGaps ? new Uint8Array(grid.cols * grid.rows) : null;

  const levels = limits.map((limit, j): LevelCoverage => {
    let gaps: MultiPolygonCoords | null = null;
    if (mask !== null) {
      for (const c of grid.landCells) mask[c] = (cellLevel[c] as number) > j ? 1 : 0;
      gaps = polygonizeCells(grid, mask);
    }
    const areaKm2 = (coveredArea[j] as number) * cellArea;
    const pop = coveredPop[j] as number;
    return {
      limit,
      coveredAreaKm2: areaKm2,
      areaShare: share(areaKm2, landAreaKm2),
      coveredPopulation: pop,
      uncoveredPopulation: population - pop,
      populationShare: share(pop, population),
      hazards: model.hazards.map((h, k) => {
        const covered = ((hazardCounts[k] as Float64Array)[j] as number) * cellArea;
        return {
          hazardType: h.hazardType,
          level: h.level,
          areaKm2: h.areaKm2,
          coveredAreaKm2: covered,
          share: share(covered, h.areaKm2),
        };
      }),
      gaps,
    };
  });

  const desa = model.desa.map((info, d): DesaCoverage => {
    const covered = runningSum(desaPop.subarray(d * stride, (d + 1) * stride), L);
    return {
      code: info.code,
      name: info.name,
      kecamatanCode: info.kecamatanCode,
      population: info.population,
      atPoint: pointValue(d),
      coveredPopulation: Array.from(covered),
      coveredShare: Array.from(covered, (p) => share(p, info.population)),
    };
  });

  const kecamatan = model.kecamatan.map((k): KecamatanCoverage => {
    const coveredPopulation = new Array<number>(L).fill(0);
    const desaCovered = new Array<number>(L).fill(0);
    let pop = 0;
    let desaCount = 0;
    model.desa.forEach((info, d) => {
      if (info.kecamatanCode !== k.code) return;
      desaCount++;
      pop += info.population;
      const lvl = pointLevel(d);
      for (let j = 0; j < L; j++) {
        coveredPopulation[j] =
          (coveredPopulation[j] as number) + ((desa[d] as DesaCoverage).coveredPopulation[j] as number);
        if (lvl <= j) desaCovered[j] = (desaCovered[j] as number) + 1;
      }
    });
    return {
      code: k.code,
      name: k.name,
      population: pop,
      coveredPopulation,
      coveredShare: coveredPopulation.map((p) => share(p, pop)),
      desaCovered,
      desaCount,
    };
  });
  return { levels, desa, kecamatan };
}

/** covered[j] = count of cells at level <= j. */
function runningSum(counts: Float64Array, L: number): Float64Array {
  const out = new Float64Array(L);
  let sum = 0;
  for (let j = 0; j < L; j++) {
    sum += counts[j] as number;
    out[j] = sum;
  }
  return out;
}

function share(part: number, whole: number): number {
  return whole > 0 ? Math.min(1, Math.max(0, part / whole)) : 0;
}
