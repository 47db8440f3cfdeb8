import { SiagaError } from '@siaga/schema';
import type { EdgeWeights } from '../graph/edge_weights.ts';
import type { RoadGraph } from '../graph/road_graph.ts';
import { DEFAULT_MAX_ACCESS_M, type PlaceAccess, placeAccess } from '../grid/place_access.ts';
import { rasterizeArea } from '../grid/rasterize_area.ts';
import {
  cellAreaKm2,
  cellCentreLonLat,
  createStudyGrid,
  polygonsOf,
  type StudyGrid,
} from '../grid/study_grid.ts';
import { FIRE_ENGINE, type VehicleProfile } from '../profiles.ts';
import { createWorkspace, type SearchWorkspace } from '../route/search.ts';
import { weightsFor } from '../route/weights_for.ts';
import type { AdminAreaInput, DesaPointInput, HazardZoneInput } from './coverage_inputs.ts';
import { distanceWeights } from './distance_weights.ts';
import { type HazardLayer, hazardLayers } from './hazard_layers.ts';
import { type PopulationExtra, type SpreadRule, spreadPopulation } from './population_spread.ts';

export interface CoverageModelInput {
  graph: RoadGraph;
  /** Admin areas of every level: the kabupaten outlines (all of them) are the land, desa carry the population. */
  adminAreas: readonly AdminAreaInput[];
  hazardZones?: readonly HazardZoneInput[];
  /** A representative point per desa (data/desa_points.geojson), matched by code; computed where absent. */
  desaPoints?: readonly DesaPointInput[];
}

export interface CoverageModelOptions {
  cellSizeM?: number;
  /** Farthest a cell may be from a drivable road and still be reachable, metres. */
  maxAccessM?: number;
  /** Vehicle profile (or its precomputed weights) for travel times; the fire engine when absent. */
  profile?: VehicleProfile | EdgeWeights;
}

export interface DesaInfo {
  code: string;
  name: string;
  kecamatanCode: string;
  isKelurahan: boolean;
  population: number;
  /**
   * Where "time to the desa" is measured: the given representative point, else the centre of the desa's
   * road-accessible cell nearest the middle of its cells (a stand-in for the village centre, which sits on a road).
   */
  point: [number, number];
  pointSource: 'given' | 'computed';
  cellCount: number;
  spread: SpreadRule;
}

export interface KecamatanInfo {
  code: string;
  name: string;
}

/**
 * Everything about the study area that does not change between queries, computed once per graph and profile:
 * the grid, each land cell's road access, desa membership, population, built-up cells and hazard layers.
 */
export interface CoverageModel {
  graph: RoadGraph;
  weights: EdgeWeights;
  distance: EdgeWeights;
  workspace: SearchWorkspace;
  grid: StudyGrid;
  maxAccessM: number;
  /** Road access of land cell k (grid.landCells order). */
  access: PlaceAccess;
  /** Road access of each desa point. */
  desaAccess: PlaceAccess;
  /** Grid cell -> index into grid.landCells, or -1 at sea. */
  landSlot: Int32Array;
  /** Grid cell -> desa index, or -1. */
  cellDesa: Int32Array;
  cellPopulation: Float64Array;
  extras: PopulationExtra[];
  desa: DesaInfo[];
  kecamatan: KecamatanInfo[];
  hazards: HazardLayer[];
  totals: {
    landAreaKm2: number;
    population: number;
    noRoadAreaKm2: number;
    noRoadPopulation: number;
  };
}

/**
 * Builds the coverage model. Costs one snap per land cell (about a second for Buleleng at 200 m), so build it once
 * per graph, in the Worker or at API start, and reuse it for every what-if.
 *
 * @example const model = buildCoverageModel({ graph, adminAreas, hazardZones }, { cellSizeM: 200 });
 */
export function buildCoverageModel(
  input: CoverageModelInput,
  options: CoverageModelOptions = {},
): CoverageModel {
  const g = input.graph;
  const kabupaten = input.adminAreas.filter((a) => a.properties.level === 'kabupaten');
  if (kabupaten.length === 0) {
    throw new SiagaError(
      'bad_request',
      'coverage needs the kabupaten outline (an admin area of level kabupaten)',
    );
  }
  const weights = weightsFor(g, options.profile ?? FIRE_ENGINE);
  const maxAccessM = options.maxAccessM ?? DEFAULT_MAX_ACCESS_M;
  const grid = createStudyGrid(
    kabupaten.map((k) => k.geometry),
    options.cellSizeM === undefined ? {} : { cellSizeM: options.cellSizeM },
  );
  const { landCells } = grid;
  const cellCount = grid.cols * grid.rows;

  const landSlot = new Int32Array(cellCount).fill(-1);
  const centres = new Float64Array(landCells.length * 2);
  for (let k = 0; k < landCells.length; k++) {
    const c = landCells[k] as number;
    landSlot[c] = k;
    const [lon, lat] = cellCentreLonLat(grid, c);
    centres[2 * k] = lon;
    centres[2 * k + 1] = lat;
  }
  const access = placeAccess(g, weights, centres, maxAccessM);
  const hasRoad = Uint8Array.from(access.link, (l) => (l >= 0 ? 1 : 0));

  const desaAreas = input.adminAreas.filter((a) => a.properties.level === 'desa');
  const cellDesa = new Int32Array(cellCount).fill(-1);
  desaAreas.forEach((a, d) => {
    const raster = rasterizeArea(grid, a.geometry);
    for (let k = 0; k < raster.length; k++) {
      const c = raster[k] as number;
      // Overlapping approximate boundaries: the first desa listed keeps the cell.
      if (grid.land[c] === 1 && cellDesa[c] === -1) cellDesa[c] = d;
    }
  });
  const populations = desaAreas.map((a) => Math.max(0, a.properties.population ?? 0));
  const spread = spreadPopulation(grid, cellDesa, hasRoad, populations, (d) =>
    boxCentre(desaAreas[d] as AdminAreaInput),
  );

  const cellArea = cellAreaKm2(grid);
  let noRoadCells = 0;
  let noRoadPopulation = 0;
  let population = 0;
  for (let k = 0; k < landCells.length; k++) {
    const c = landCells[k] as number;
    const pop = spread.cellPopulation[c] as number;
    population += pop;
    if (hasRoad[k] === 0) {
      noRoadCells++;
      noRoadPopulation += pop;
    }
  }
  for (const e of spread.extras) {
    population += e.population;
    if (hasRoad[landSlot[e.cell] as number] === 0) noRoadPopulation += e.population;
  }

  const givenPoints = new Map(
    (input.desaPoints ?? []).map((p) => [p.properties.code, p.geometry.coordinates]),
  );
  const desa = desaAreas.map((a, d): DesaInfo => {
    const given = givenPoints.get(a.properties.code);
    const extra = spread.extras.find((e) => e.desa === d);
    const cell = extra?.cell ?? desaPointCell(grid, cellDesa, hasRoad, landSlot, d);
    const point: [number, number] =
      given !== undefined
        ? [given[0] ?? 0, given[1] ?? 0]
        : cell >= 0
          ? cellCentreLonLat(grid, cell)
          : boxCentre(a);
    return {
      code: a.properties.code,
      name: a.properties.name,
      kecamatanCode: a.properties.parentCode ?? a.properties.code.slice(0, 8),
      isKelurahan: a.properties.isKelurahan === true,
      population: populations[d] as number,
      point,
      pointSource: given !== undefined ? 'given' : 'computed',
      cellCount: 0,
      spread: spread.rule[d] as SpreadRule,
    };
  });
  for (let k = 0; k < landCells.length; k++) {
    const d = cellDesa[landCells[k] as number] as number;
    if (d >= 0) (desa[d] as DesaInfo).cellCount++;
  }
  const kecamatanNames = new Map(
    input.adminAreas
      .filter((a) => a.properties.level === 'kecamatan')
      .map((a) => [a.properties.code, a.properties.name]),
  );
  const kecamatan = [...new Set(desa.map((d) => d.kecamatanCode))]
    .sort()
    .map((code) => ({ code, name: kecamatanNames.get(code) ?? code }));

  return {
    graph: g,
    weights,
    distance: distanceWeights(g, weights),
    workspace: createWorkspace(g),
    grid,
    maxAccessM,
    access,
    desaAccess: placeAccess(g, weights, Float64Array.from(desa.flatMap((d) => d.point)), maxAccessM),
    landSlot,
    cellDesa,
    cellPopulation: spread.cellPopulation,
    extras: spread.extras,
    desa,
    kecamatan,
    hazards: hazardLayers(grid, input.hazardZones ?? []),
    totals: {
      landAreaKm2: landCells.length * cellArea,
      population,
      noRoadAreaKm2: noRoadCells * cellArea,
      noRoadPopulation,
    },
  };
}

/** The desa's road-accessible cell nearest the mean of its cell centres, else its cell nearest that mean. */
function desaPointCell(
  grid: StudyGrid,
  cellDesa: Int32Array,
  hasRoad: Uint8Array,
  landSlot: Int32Array,
  d: number,
): number {
  let sx = 0;
  let sy = 0;
  let n = 0;
  for (const c of grid.landCells) {
    if (cellDesa[c] !== d) continue;
    sx += c % grid.cols;
    sy += Math.floor(c / grid.cols);
    n++;
  }
  const mx = sx / n;
  const my = sy / n;
  let best = -1;
  let bestScore = Infinity;
  for (const c of grid.landCells) {
    if (cellDesa[c] !== d) continue;
    const dx = (c % grid.cols) - mx;
    const dy = Math.floor(c / grid.cols) - my;
    // Any road cell beats every roadless one.
    const score = dx * dx + dy * dy + (hasRoad[landSlot[c] as number] === 1 ? 0 : 1e12);
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}

function boxCentre(a: AdminAreaInput): [number, number] {
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  for (const polygon of polygonsOf(a.geometry)) {
    for (const p of polygon[0] ?? []) {
      minLon = Math.min(minLon, p[0]);
      maxLon = Math.max(maxLon, p[0]);
      minLat = Math.min(minLat, p[1]);
      maxLat = Math.max(maxLat, p[1]);
    }
  }
  return [(minLon + maxLon) / 2, (minLat + maxLat) / 2];
}
