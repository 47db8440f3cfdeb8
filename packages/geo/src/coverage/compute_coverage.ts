import { CoverageThresholds, SiagaError, WmkRule } from '@siaga/schema';
import { cellAreaKm2, cellAt } from '../grid/study_grid.ts';
import { haversineM } from '../measure/haversine.ts';
import { type ClosureOptions, resolveClosedLinks } from '../route/closure_mask.ts';
import { builtUpCells } from './built_up.ts';
import { costsFromPosts, reachedCellCosts } from './cell_costs.ts';
import type { CoveragePost } from './coverage_inputs.ts';
import type { CoverageModel } from './coverage_model.ts';
import { type CellSummary, SEA, summarizeLevels } from './summarize_levels.ts';
import { straightDistances } from './wmk_radius.ts';

export type CoverageMode = 'travel_time' | 'wmk_radius' | 'wmk_network';

export interface CoverageOptions extends ClosureOptions {
  /** Response-time thresholds in minutes, turnout included; default 5, 10, 15. */
  thresholdsMin?: readonly number[];
  wmk?: Partial<WmkRule>;
  /** Which modes to compute; all three when absent. */
  modes?: readonly CoverageMode[];
  /** Trace gap polygons (for display); default true. */
  gaps?: boolean;
  /** Desa times are reported up to this many minutes (the search stops there); default 60. */
  reportUpToMin?: number;
}

export interface ModeCoverage extends CellSummary {
  mode: CoverageMode;
  /** Unit of `limit` and of the desa `atPoint` values. */
  unit: 'minutes' | 'metres';
  /** The WMK rule applied (built-up cells use builtUpRadiusM); null for travel time. */
  wmk: WmkRule | null;
  builtUpAreaKm2: number | null;
}

export interface CoverageReport {
  cellSizeM: number;
  landAreaKm2: number;
  population: number;
  /** Land and people farther than the model's access distance from any drivable road. */
  noRoadAreaKm2: number;
  noRoadPopulation: number;
  /** Posts with no drivable, open road within the profile's snap distance: they cover nothing by road. */
  unanchoredPosts: string[];
  travelTime: ModeCoverage | null;
  wmkRadius: ModeCoverage | null;
  wmkNetwork: ModeCoverage | null;
}

const ALL_MODES: readonly CoverageMode[] = ['travel_time', 'wmk_radius', 'wmk_network'];

/**
 * Coverage of a set of posts (existing, planned and candidates alike) over the model's land, population and
 * hazard zones: by travel time from the nearest post (turnout + drive + off-road walk) for each threshold, and by
 * the WMK rule both as a straight radius and as network distance. One search per mode, then O(cells).
 *
 * @example computeCoverage(model, posts, { thresholdsMin: [5, 10, 15] }).travelTime?.levels[2]?.populationShare
 */
export function computeCoverage(
  model: CoverageModel,
  posts: readonly CoveragePost[],
  options: CoverageOptions = {},
): CoverageReport {
  const thresholds = parse(CoverageThresholds, options.thresholdsMin ?? [5, 10, 15], 'thresholdsMin');
  const rule = parse(WmkRule, options.wmk ?? {}, 'wmk');
  const reportUpToMin = Math.max(options.reportUpToMin ?? 60, thresholds[thresholds.length - 1] ?? 0);
  const modes = new Set(options.modes ?? ALL_MODES);
  const withGaps = options.gaps ?? true;
  const closedLinks = resolveClosedLinks(model.graph, options);
  const unanchored = new Set<string>();

  let travelTime: ModeCoverage | null = null;
  if (modes.has('travel_time')) {
    const limits = thresholds.map((m) => m * 60);
    // Cells only need costs up to the last threshold; desa points get theirs up to reportUpToMin.
    const costs = reachedCellCosts(
      model,
      model.weights,
      posts,
      (p) => p.turnoutSeconds ?? 0,
      closedLinks,
      reportUpToMin * 60,
      limits[limits.length - 1] ?? 0,
    );
    for (const id of costs.unanchored) unanchored.add(id);
    const level = levelsOfReached(model, costs.slots, costs.costs, limits);
    const summary = summarizeLevels(
      model,
      level,
      thresholds,
      (d) => minutes(costs.points[d] as number),
      (d) => firstLimitMet(costs.points[d] as number, limits),
      withGaps,
    );
    travelTime = { mode: 'travel_time', unit: 'minutes', wmk: null, builtUpAreaKm2: null, ...summary };
  }

  let builtUp: Uint8Array | null = null;
  const wmkMode = (mode: CoverageMode, cells: Float64Array, points: Float64Array): ModeCoverage => {
    builtUp ??= builtUpCells(model, rule.builtUpDensityPerKm2);
    const urban = builtUp;
    const level = wmkLevels(model, cells, urban, rule);
    const pointLimit = model.desa.map((info) => {
      const cell = cellAt(model.grid, info.point[0], info.point[1]);
      return info.isKelurahan || (cell >= 0 && urban[cell] === 1) ? rule.builtUpRadiusM : rule.radiusM;
    });
    const summary = summarizeLevels(
      model,
      level,
      [rule.radiusM],
      (d) => metres(points[d] as number),
      (d) => firstLimitMet(points[d] as number, [pointLimit[d] as number]),
      withGaps,
    );
    let builtUpCount = 0;
    for (const c of model.grid.landCells) builtUpCount += urban[c] as number;
    return {
      mode,
      unit: 'metres',
      wmk: rule,
      builtUpAreaKm2: builtUpCount * cellAreaKm2(model.grid),
      ...summary,
    };
  };

  const wmkRadius = modes.has('wmk_radius')
    ? wmkMode(
        'wmk_radius',
        straightDistances(model.grid, model.grid.landCells, posts),
        Float64Array.from(model.desa, (d) => nearestPostM(d.point, posts)),
      )
    : null;

  let wmkNetwork: ModeCoverage | null = null;
  if (modes.has('wmk_network')) {
    const cutoff = Math.max(rule.radiusM, rule.builtUpRadiusM);
    const costs = costsFromPosts(model, model.distance, posts, () => 0, closedLinks, cutoff);
    for (const id of costs.unanchored) unanchored.add(id);
    wmkNetwork = wmkMode('wmk_network', costs.cells, costs.points);
  }

  const t = model.totals;
  return {
    cellSizeM: model.grid.cellSizeM,
    landAreaKm2: t.landAreaKm2,
    population: t.population,
    noRoadAreaKm2: t.noRoadAreaKm2,
    noRoadPopulation: t.noRoadPopulation,
    unanchoredPosts: [...unanchored],
    travelTime,
    wmkRadius,
    wmkNetwork,
  };
}

/** Level of each grid cell: index of the first limit its cost meets, limits.length when none, SEA at sea. */
export function levelsByLimit(
  model: CoverageModel,
  costs: Float64Array,
  limits: readonly number[],
): Uint8Array {
  const { grid } = model;
  const level = new Uint8Array(grid.cols * grid.rows).fill(SEA);
  for (let k = 0; k < grid.landCells.length; k++) {
    level[grid.landCells[k] as number] = firstLimitMet(costs[k] as number, limits);
  }
  return level;
}

/**
 * levelsByLimit from reachedCellCosts: land cells outside `slots` cost more than the last limit (level
 * limits.length); `costs[j]` is the cost of land cell `slots[j]`.
 */
export function levelsOfReached(
  model: CoverageModel,
  slots: Int32Array,
  costs: Float64Array,
  limits: readonly number[],
): Uint8Array {
  const { grid } = model;
  const level = new Uint8Array(grid.cols * grid.rows).fill(SEA);
  for (let k = 0; k < grid.landCells.length; k++) level[grid.landCells[k] as number] = limits.length;
  for (let j = 0; j < slots.length; j++) {
    level[grid.landCells[slots[j] as number] as number] = firstLimitMet(costs[j] as number, limits);
  }
  return level;
}

function wmkLevels(
  model: CoverageModel,
  distances: Float64Array,
  builtUp: Uint8Array,
  rule: WmkRule,
): Uint8Array {
  const { grid } = model;
  const level = new Uint8Array(grid.cols * grid.rows).fill(SEA);
  for (let k = 0; k < grid.landCells.length; k++) {
    const c = grid.landCells[k] as number;
    const limit = builtUp[c] === 1 ? rule.builtUpRadiusM : rule.radiusM;
    level[c] = (distances[k] as number) <= limit ? 0 : 1;
  }
  return level;
}

function nearestPostM(point: readonly [number, number], posts: readonly CoveragePost[]): number {
  let best = Infinity;
  for (const p of posts)
    best = Math.min(best, haversineM(point[0], point[1], p.position[0] ?? 0, p.position[1] ?? 0));
  return best;
}

function firstLimitMet(cost: number, limits: readonly number[]): number {
  let j = 0;
  while (j < limits.length && cost > (limits[j] as number)) j++;
  return j;
}

function minutes(seconds: number): number | null {
  return Number.isFinite(seconds) ? seconds / 60 : null;
}

function metres(m: number): number | null {
  return Number.isFinite(m) ? m : null;
}

interface Parser<T> {
  safeParse(
    value: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

function parse<T>(schema: Parser<T>, value: unknown, path: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  throw new SiagaError(
    'validation_failed',
    `invalid coverage option ${path}`,
    r.error.issues.map((i) => ({ path: [path, ...i.path.map(String)].join('.'), message: i.message })),
  );
}
