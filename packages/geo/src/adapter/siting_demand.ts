import type { HazardLevel, HazardType, SitingDemand } from '@siaga/schema';
import type { CoverageModel } from '../coverage/coverage_model.ts';
import { cellAt, cellCentreLonLat } from '../grid/study_grid.ts';

/** One demand item of a siting question: a desa at its point, or a block of populated grid cells. */
export interface DemandItem {
  id: string;
  name: string | null;
  point: [number, number];
  population: number;
  weight: number;
  /** Hazard types whose zones hold the item's point. */
  hazards: HazardType[];
}

/**
 * Each grid cell's hazard factor, 1 + the largest type x level weight among the hazard layers covering it (1
 * everywhere without weights).
 */
export function hazardFactors(
  model: CoverageModel,
  weights: SitingDemand['hazardWeights'],
): Float64Array | null {
  if (weights === undefined) return null;
  const factor = new Float64Array(model.grid.cols * model.grid.rows).fill(1);
  for (const layer of model.hazards) {
    const w = (weights.types[layer.hazardType] ?? 0) * weights.levels[layer.level as HazardLevel];
    if (w <= 0) continue;
    for (const c of layer.cells) factor[c] = Math.max(factor[c] as number, 1 + w);
  }
  return factor;
}

/**
 * The demand of a siting question: desa populations at their points, or the populated cells gathered into
 * square blocks (population-weighted centre), each weighted by the hazard factor where it lies.
 *
 * @example demandItems(model, SitingDemand.parse({})) // one item per desa
 */
export function demandItems(model: CoverageModel, q: SitingDemand): DemandItem[] {
  const factor = hazardFactors(model, q.hazardWeights);
  const hazardsAt = hazardTypesAt(model);
  const at = (point: readonly number[]) => {
    if (factor === null) return 1;
    const c = cellAt(model.grid, point[0] ?? 0, point[1] ?? 0);
    return c < 0 ? 1 : (factor[c] as number);
  };
  if (q.kind === 'desa') {
    return model.desa
      .filter((d) => d.population > 0)
      .map((d) => ({
        id: d.code,
        name: d.name,
        point: d.point,
        population: d.population,
        weight: d.population * at(d.point),
        hazards: hazardsAt(d.point),
      }));
  }
  return gridBlocks(model, q.blockM, factor).map((b) => ({ ...b, hazards: hazardsAt(b.point) }));
}

/** The hazard types at a point, from the model's rasterised layers. */
function hazardTypesAt(model: CoverageModel): (point: readonly number[]) => HazardType[] {
  const byCell = new Map<number, Set<HazardType>>();
  for (const layer of model.hazards) {
    for (const c of layer.cells) {
      const set = byCell.get(c) ?? new Set<HazardType>();
      set.add(layer.hazardType);
      byCell.set(c, set);
    }
  }
  return (point) => [...(byCell.get(cellAt(model.grid, point[0] ?? 0, point[1] ?? 0)) ?? [])];
}

function gridBlocks(
  model: CoverageModel,
  blockM: number,
  factor: Float64Array | null,
): Omit<DemandItem, 'hazards'>[] {
  const { grid } = model;
  const per = Math.max(1, Math.round(blockM / grid.cellSizeM));
  const population = Float64Array.from(model.cellPopulation);
  for (const e of model.extras) population[e.cell] = (population[e.cell] ?? 0) + e.population;
  const blocks = new Map<number, { pop: number; weight: number; lon: number; lat: number }>();
  const blockCols = Math.ceil(grid.cols / per);
  for (const c of grid.landCells) {
    const pop = population[c] as number;
    if (!(pop > 0)) continue;
    const key = Math.floor(Math.floor(c / grid.cols) / per) * blockCols + Math.floor((c % grid.cols) / per);
    const [lon, lat] = cellCentreLonLat(grid, c);
    const b = blocks.get(key) ?? { pop: 0, weight: 0, lon: 0, lat: 0 };
    b.pop += pop;
    b.weight += pop * (factor === null ? 1 : (factor[c] as number));
    b.lon += pop * lon;
    b.lat += pop * lat;
    blocks.set(key, b);
  }
  return [...blocks].map(([key, b]) => ({
    id: `block-${key}`,
    name: null,
    point: [b.lon / b.pop, b.lat / b.pop],
    population: b.pop,
    weight: b.weight,
  }));
}
