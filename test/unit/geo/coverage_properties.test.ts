import {
  buildCoverageModel,
  type CoverageModel,
  type CoverageReport,
  computeCoverage,
  isochrone,
  type LevelCoverage,
  linkCount,
  polygonProblems,
  rasterizeArea,
  serializeGraph,
} from '@siaga/geo';
import type { Position } from '@siaga/schema';
import { area, length, polygonToLine } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { wmkRadiusAreaTurf } from '../../support/wmk_radius_turf.ts';
import { randomWorld } from './coverage_world.ts';
import { deepFreeze } from './fixtures.ts';
import { prng } from './random_network.ts';

const SEEDS = [1, 2, 3, 4, 5, 6];
const EPS = 1e-9;
const OPTIONS = { thresholdsMin: [2, 4, 8], wmk: { radiusM: 800, builtUpRadiusM: 300 } } as const;

function world(seed: number): { w: ReturnType<typeof randomWorld>; model: CoverageModel } {
  const w = randomWorld(seed);
  const model = buildCoverageModel(
    { graph: w.graph, adminAreas: w.adminAreas, hazardZones: w.hazardZones },
    { cellSizeM: 100 },
  );
  return { w, model };
}

function levelsOf(r: CoverageReport): LevelCoverage[] {
  return [r.travelTime, r.wmkRadius, r.wmkNetwork].flatMap((m) => m?.levels ?? []);
}

/** Asserts `after` covers at least what `before` does; returns how many figures strictly grew. */
function expectNotLess(after: CoverageReport, before: CoverageReport): number {
  const a = levelsOf(after);
  const b = levelsOf(before);
  expect(a).toHaveLength(b.length);
  let grew = 0;
  b.forEach((lb, i) => {
    const la = a[i] as LevelCoverage;
    expect(la.coveredAreaKm2).toBeGreaterThanOrEqual(lb.coveredAreaKm2 - EPS);
    expect(la.coveredPopulation).toBeGreaterThanOrEqual(lb.coveredPopulation - EPS);
    lb.hazards.forEach((h, k) => {
      expect(la.hazards[k]?.coveredAreaKm2).toBeGreaterThanOrEqual(h.coveredAreaKm2 - EPS);
    });
    if (la.coveredAreaKm2 > lb.coveredAreaKm2 + EPS) grew++;
  });
  return grew;
}

function landCells(model: CoverageModel): Set<number> {
  return new Set(model.grid.landCells);
}

function rasterOf(model: CoverageModel, coordinates: Position[][][]): number[] {
  return coordinates.length === 0
    ? []
    : [...rasterizeArea(model.grid, { type: 'MultiPolygon', coordinates })];
}

describe('coverage properties on seeded random worlds', () => {
  it('adding a post never lowers coverage (area, population, hazard area; every threshold and mode)', () => {
    let grew = 0;
    for (const seed of SEEDS) {
      const { w, model } = world(seed);
      const posts = [w.post('a'), w.post('b')];
      const before = computeCoverage(model, posts, { ...OPTIONS, gaps: false });
      const after = computeCoverage(model, [...posts, w.post('c')], { ...OPTIONS, gaps: false });
      grew += expectNotLess(after, before);
    }
    expect(grew).toBeGreaterThan(SEEDS.length);
  });

  it('closing a road never raises coverage', () => {
    let shrank = 0;
    for (const seed of SEEDS) {
      const { w, model } = world(seed);
      const posts = [w.post('a'), w.post('b')];
      const closures = Array.from({ length: 6 }, () => ({
        type: 'Point' as const,
        coordinates: w.junction(),
      }));
      const open = computeCoverage(model, posts, { ...OPTIONS, gaps: false });
      const closed = computeCoverage(model, posts, { ...OPTIONS, gaps: false, closures });
      shrank += expectNotLess(open, closed);
    }
    expect(shrank).toBeGreaterThan(0);
  });

  it('isochrones nest, stay on land and are valid polygons', () => {
    for (const seed of SEEDS) {
      const { w, model } = world(seed);
      const land = landCells(model);
      const iso = isochrone(model, w.post('p'), { breaksMin: [1, 2, 4, 8] });
      expect(iso.features[3]?.properties.areaKm2).toBeGreaterThan(
        iso.features[0]?.properties.areaKm2 ?? Infinity,
      );
      let previous = new Set<number>();
      for (const f of iso.features) {
        expect(polygonProblems(f.geometry.coordinates)).toEqual([]);
        const cells = rasterOf(model, f.geometry.coordinates);
        for (const c of cells) expect(land.has(c)).toBe(true);
        const now = new Set(cells);
        for (const c of previous) expect(now.has(c)).toBe(true);
        expect(f.properties.areaKm2).toBeCloseTo(cells.length * 0.01, 9);
        previous = now;
      }
    }
  });

  it('covers no sea: gaps and covered land together are exactly the land cells', () => {
    for (const seed of SEEDS) {
      const { w, model } = world(seed);
      const land = landCells(model);
      const r = computeCoverage(model, [w.post('a'), w.post('b')], OPTIONS);
      for (const level of levelsOf(r)) {
        expect(polygonProblems(level.gaps ?? [])).toEqual([]);
        const gaps = rasterOf(model, level.gaps ?? []);
        for (const c of gaps) expect(land.has(c)).toBe(true);
        expect(level.coveredAreaKm2 + gaps.length * 0.01).toBeCloseTo(r.landAreaKm2, 9);
        expect(level.coveredPopulation + level.uncoveredPopulation).toBeCloseTo(r.population, 6);
      }
    }
  });

  it('the grid WMK radius area agrees with Turf buffer-and-union within half a cell along the boundary', () => {
    const big = randomWorld(11);
    const model = buildCoverageModel(
      { graph: big.graph, adminAreas: big.adminAreas, hazardZones: [] },
      { cellSizeM: 50 },
    );
    for (const seed of SEEDS) {
      const rnd = prng(seed);
      const posts = Array.from({ length: 1 + Math.floor(rnd() * 4) }, (_, i) => big.post(`p${i}`));
      const radiusM = 300 + rnd() * 900;
      const grid = computeCoverage(model, posts, {
        modes: ['wmk_radius'],
        gaps: false,
        wmk: { radiusM, builtUpRadiusM: radiusM },
      });
      const turf = wmkRadiusAreaTurf(big.land, posts, radiusM);
      const perimeterKm = turf.covered === null ? 0 : length(polygonToLine(turf.covered) as never);
      // Cell-centre sampling misplaces at most the cells the boundary crosses, and their errors mostly cancel.
      const toleranceKm2 = 0.5 * perimeterKm * 0.05;
      const gridKm2 = grid.wmkRadius?.levels[0]?.coveredAreaKm2 ?? NaN;
      expect(Math.abs(gridKm2 - turf.areaKm2)).toBeLessThanOrEqual(toleranceKm2);
      expect(turf.covered === null ? 0 : area(turf.covered) / 1e6).toBeCloseTo(turf.areaKm2, 9);
    }
  });

  it('does not mutate its inputs', () => {
    const w = randomWorld(3);
    const inputs = deepFreeze({ adminAreas: w.adminAreas, hazardZones: w.hazardZones });
    const graphBytes = new Uint8Array(serializeGraph(w.graph));
    const model = buildCoverageModel({ graph: w.graph, ...inputs }, { cellSizeM: 100 });
    const posts = deepFreeze([w.post('a'), w.post('b')]);
    const options = deepFreeze({
      ...OPTIONS,
      closures: [{ type: 'Point' as const, coordinates: w.point() }],
    });
    const snapshot = JSON.stringify({ inputs, posts, options });
    const first = computeCoverage(model, posts, options);
    isochrone(model, posts[0] as (typeof posts)[0], { breaksMin: [1, 2] });
    expect(JSON.stringify({ inputs, posts, options })).toBe(snapshot);
    expect(new Uint8Array(serializeGraph(w.graph))).toEqual(graphBytes);
    expect(computeCoverage(model, posts, options)).toEqual(first);
    expect(linkCount(w.graph)).toBeGreaterThan(0);
  });

  it('refuses breaks and thresholds that are not ascending within 1..120 minutes', () => {
    const { w, model } = world(1);
    expect(() => isochrone(model, w.post('p'), { breaksMin: [10, 5] })).toThrow(/breaks/);
    expect(() => isochrone(model, w.post('p'), { breaksMin: [0.5] })).toThrow(/breaks/);
    expect(() => computeCoverage(model, [], { thresholdsMin: [5, 121] })).toThrow(/thresholdsMin/);
  });
});
