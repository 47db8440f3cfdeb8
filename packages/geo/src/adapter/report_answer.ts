import {
  type CacheFeature,
  type CoverageRequest,
  type CoverageResponse,
  type HazardLevel,
  type HazardType,
  type PostFeature,
  WmkRule,
} from '@siaga/schema';
import { builtUpCells } from '../coverage/built_up.ts';
import { costsFromPosts } from '../coverage/cell_costs.ts';
import { levelsByLimit } from '../coverage/compute_coverage.ts';
import type { CoverageModel } from '../coverage/coverage_model.ts';
import { type MultiPolygonCoords, polygonizeCells } from '../grid/polygonize_cells.ts';
import { cellAreaKm2, cellAt, cellCentreLonLat, polygonsOf } from '../grid/study_grid.ts';
import { pointInPolygon } from '../measure/point_in_polygon.ts';
import { spheroidAreaScale } from '../measure/spheroid_area_scale.ts';
import { closedLinkMask } from '../route/closures.ts';
import { travelTimeMatrix } from '../route/travel_time_matrix.ts';
import { coverageAnswer } from './coverage_answer.ts';
import type { EngineAreas, EngineNetwork } from './engine_network.ts';

/** What the officials' report asks the engine: the coverage request plus the caches and incident points. */
export interface ReportJob {
  posts: PostFeature[];
  caches: CacheFeature[];
  incidents: { id: string; point: readonly number[] }[];
  /** travelTime thresholds are the report's bands; the standard is `standardMin`. */
  request: CoverageRequest;
  standardMin: number;
  /** Also trace the map layers (band polygons and gaps); the tables do not need them. */
  layers: boolean;
}

export interface ReportDesaFigures {
  code: string;
  landAreaKm2: number;
  /** Land per travel-time band (index j: level j of the thresholds; the last entry is beyond every threshold). */
  bandAreaKm2: number[];
  /** Index into `posts` of the post with the least turnout + travel to the desa point; null when none reaches it. */
  nearestPost: number | null;
  /** The WMK radius that applies at the desa point: built-up (or kelurahan) or not. */
  wmkLimitM: number;
  hazards: { hazardType: HazardType; level: HazardLevel }[];
  /** Indices into `caches` whose turnout + travel to the desa point is within the standard. */
  cachesInReach: number[];
}

export interface ReportLayers {
  /** Land per travel-time band, one MultiPolygon per threshold and one beyond the last. */
  bands: MultiPolygonCoords[];
  /** Land outside the standard (travel time), and outside the WMK rule (straight radius). */
  gapsTravel: MultiPolygonCoords;
  gapsWmk: MultiPolygonCoords;
}

export interface ReportEngineAnswer {
  coverage: CoverageResponse;
  desa: ReportDesaFigures[];
  incidents: { nearestPost: number | null; etaS: number | null }[];
  layers: ReportLayers | null;
}

/**
 * The engine's part of the officials' coverage report: the planner's coverage answer (travel time by band and the
 * WMK radius), land per band and desa, the nearest post and the caches within the standard of every desa point,
 * the hazard layers each desa touches, and the modelled ETA to every recorded incident. Runs on an engine thread.
 *
 * @example reportAnswer(network, areas, { posts, caches, incidents: [], request, standardMin: 15, layers: false })
 */
export function reportAnswer(network: EngineNetwork, areas: EngineAreas, job: ReportJob): ReportEngineAnswer {
  // The layers' gaps are the coverage answer's own (travel time at the standard, and the WMK radius).
  const q = job.layers ? { ...job.request, gaps: true } : job.request;
  const coverage = coverageAnswer(network, areas, job.posts, q);
  const model = network.coverageModel(areas, q.profile);
  const closedLinks = closedLinkMask(network.graph, q.closures);
  const limits = q.thresholdsMin.map((m) => m * 60);
  const costs = costsFromPosts(
    model,
    model.weights,
    job.posts.map((p) => ({
      id: p.properties.id,
      position: p.geometry.coordinates,
      turnoutSeconds: q.countTurnout ? p.properties.turnoutSeconds : 0,
    })),
    (p) => p.turnoutSeconds ?? 0,
    closedLinks,
    (limits[limits.length - 1] ?? 0) + 60,
  );
  const level = levelsByLimit(model, costs.cells, limits);
  const matrix = (origins: (readonly number[])[], destinations: (readonly number[])[]) =>
    travelTimeMatrix(network.graph, network.weights(q.profile), origins, destinations, {
      closedLinks,
      workspace: network.workspace(),
    });
  const postPoints = job.posts.map((p) => p.geometry.coordinates);
  const postTurnout = job.posts.map((p) => (q.countTurnout ? p.properties.turnoutSeconds : 0));
  const desaPoints = model.desa.map((d) => d.point);
  const postToDesa = matrix(postPoints, desaPoints);
  const turnoutOf = new Map(job.posts.map((p) => [p.properties.id, p.properties.turnoutSeconds]));
  const cacheTurnout = job.caches.map((c) =>
    c.properties.postId === null || !q.countTurnout ? 0 : (turnoutOf.get(c.properties.postId) ?? 0),
  );
  const cacheToDesa = matrix(
    job.caches.map((c) => c.geometry.coordinates),
    desaPoints,
  );
  const postToIncident = matrix(
    postPoints,
    job.incidents.map((i) => i.point),
  );
  const rule = WmkRule.parse(q.wmk ?? {});
  const builtUp = builtUpCells(model, rule.builtUpDensityPerKm2);
  const hazardsOf = desaHazards(model);
  const bandAreas = desaBandAreas(model, areas, level, limits.length);
  const standardS = job.standardMin * 60;

  const desa = model.desa.map((info, d): ReportDesaFigures => {
    const cell = cellAt(model.grid, info.point[0], info.point[1]);
    const inReach: number[] = [];
    job.caches.forEach((_, c) => {
      const s = (cacheToDesa[c * desaPoints.length + d] as number) + (cacheTurnout[c] as number);
      if (s <= standardS) inReach.push(c);
    });
    const bands = bandAreas[d] as number[];
    return {
      code: info.code,
      landAreaKm2: bands.reduce((a, b) => a + b, 0),
      bandAreaKm2: bands,
      nearestPost: nearest(postToDesa, postTurnout, desaPoints.length, d).index,
      wmkLimitM: info.isKelurahan || (cell >= 0 && builtUp[cell] === 1) ? rule.builtUpRadiusM : rule.radiusM,
      hazards: hazardsOf[d] ?? [],
      cachesInReach: inReach,
    };
  });
  const incidents = job.incidents.map((_, i) => {
    const best = nearest(postToIncident, postTurnout, job.incidents.length, i);
    return { nearestPost: best.index, etaS: best.index === null ? null : best.seconds };
  });
  return {
    coverage,
    desa,
    incidents,
    layers: job.layers ? traceLayers(model, level, limits.length, coverage, job.standardMin) : null,
  };
}

function nearest(
  m: Float64Array,
  turnout: readonly number[],
  cols: number,
  col: number,
): { index: number | null; seconds: number } {
  let index: number | null = null;
  let seconds = Infinity;
  turnout.forEach((t, i) => {
    const s = (m[i * cols + col] as number) + t;
    if (s < seconds) {
      seconds = s;
      index = i;
    }
  });
  return { index, seconds };
}

/**
 * Land area of each desa per level (levels 0..L, L being beyond the last limit). A cell inside one desa counts
 * whole; a cell on a desa's edge (or the coast) is shared among the desa polygons its sample points fall in, so
 * areas follow the boundaries rather than whole 200 m cells (which overstate a coastal kecamatan by up to 1 %), and
 * cell areas are taken on the WGS 84 spheroid.
 */
function desaBandAreas(model: CoverageModel, areas: EngineAreas, level: Uint8Array, L: number): number[][] {
  // Officials compare these with official areas, which are measured on the spheroid.
  const cellArea = cellAreaKm2(model.grid) * spheroidAreaScale(model.grid.lat0);
  const out = model.desa.map(() => new Array<number>(L + 1).fill(0));
  const add = (d: number, lvl: number, km2: number) => {
    const row = out[d] as number[];
    row[lvl] = (row[lvl] as number) + km2;
  };
  const shares = edgeShares(model, areas);
  for (const c of model.grid.landCells) {
    const lvl = Math.min(level[c] as number, L);
    const shared = shares.get(c);
    if (shared !== undefined) {
      for (const [d, share] of shared) add(d, lvl, cellArea * share);
      continue;
    }
    const d = model.cellDesa[c] as number;
    if (d >= 0) add(d, lvl, cellArea);
  }
  return out;
}

const SUBSAMPLES = 6;

/** For each land cell with a neighbour in another desa (or none), the share of it inside each nearby desa. */
function edgeShares(model: CoverageModel, areas: EngineAreas): Map<number, [number, number][]> {
  const { grid, cellDesa } = model;
  const desaPolygons = areas.adminAreas
    .filter((a) => a.properties.level === 'desa')
    .map((a) => polygonsOf(a.geometry));
  const halfLon = grid.cellSizeM / grid.mx / 2;
  const halfLat = grid.cellSizeM / grid.my / 2;
  const out = new Map<number, [number, number][]>();
  for (const c of grid.landCells) {
    const own = cellDesa[c] as number;
    const col = c % grid.cols;
    const row = (c - col) / grid.cols;
    const near = new Set<number>();
    let edge = false;
    for (let dr = -1; dr <= 1; dr++)
      for (let dc = -1; dc <= 1; dc++) {
        const r = row + dr;
        const k = col + dc;
        const d =
          r < 0 || k < 0 || r >= grid.rows || k >= grid.cols ? -1 : (cellDesa[r * grid.cols + k] as number);
        if (d !== own) edge = true;
        if (d >= 0) near.add(d);
      }
    if (!edge) continue;
    const candidates = [...near].sort((x, y) => (x === own ? -1 : y === own ? 1 : x - y));
    const [lon, lat] = cellCentreLonLat(grid, c);
    const counts = new Map<number, number>();
    for (let i = 0; i < SUBSAMPLES; i++)
      for (let j = 0; j < SUBSAMPLES; j++) {
        const x = lon - halfLon + ((i + 0.5) * 2 * halfLon) / SUBSAMPLES;
        const y = lat - halfLat + ((j + 0.5) * 2 * halfLat) / SUBSAMPLES;
        const d = candidates.find((n) =>
          (desaPolygons[n] ?? []).some((rings) => pointInPolygon(x, y, rings)),
        );
        if (d !== undefined) counts.set(d, (counts.get(d) ?? 0) + 1);
      }
    out.set(
      c,
      [...counts].map(([d, n]) => [d, n / (SUBSAMPLES * SUBSAMPLES)]),
    );
  }
  return out;
}

/** The hazard layers (type and level) each desa has land cells in. */
function desaHazards(model: CoverageModel): { hazardType: HazardType; level: HazardLevel }[][] {
  const out = model.desa.map(() => [] as { hazardType: HazardType; level: HazardLevel }[]);
  for (const h of model.hazards) {
    const seen = new Set<number>();
    for (const c of h.cells) {
      const d = model.cellDesa[c] as number;
      if (d < 0 || seen.has(d)) continue;
      seen.add(d);
      out[d]?.push({ hazardType: h.hazardType, level: h.level });
    }
  }
  return out;
}

function traceLayers(
  model: CoverageModel,
  level: Uint8Array,
  L: number,
  coverage: CoverageResponse,
  standardMin: number,
): ReportLayers {
  const { grid } = model;
  const mask = new Uint8Array(grid.cols * grid.rows);
  const bands = Array.from({ length: L + 1 }, (_, j) => {
    for (const c of grid.landCells) mask[c] = Math.min(level[c] as number, L) === j ? 1 : 0;
    return polygonizeCells(grid, mask);
  });
  const standard = coverage.travelTime?.levels.find((l) => l.limit === standardMin);
  return {
    bands,
    gapsTravel: standard?.gaps?.coordinates ?? [],
    gapsWmk: coverage.wmkRadius?.levels[0]?.gaps?.coordinates ?? [],
  };
}
