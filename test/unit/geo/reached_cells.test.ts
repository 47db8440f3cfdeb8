import {
  buildCoverageModel,
  type CoverageModel,
  type CoveragePost,
  costsFromPosts,
  type IsochroneFeature,
  isochrone,
  linkCount,
  polygonizeCells,
  reachedCellCosts,
} from '@siaga/geo';
import { describe, expect, it } from 'vitest';
import { randomWorld } from './coverage_world.ts';
import { prng } from './random_network.ts';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
/** Seconds; the shortest stop before a post's link ends, so cells are reached only along the post's link. */
const CUTOFFS = [4, 12, 30, 90, 240, 600, Infinity];

function world(seed: number): { w: ReturnType<typeof randomWorld>; model: CoverageModel } {
  const w = randomWorld(seed);
  const model = buildCoverageModel({ graph: w.graph, adminAreas: w.adminAreas }, { cellSizeM: 100 });
  return { w, model };
}

/** About one link in ten closed, seeded. */
function randomClosures(model: CoverageModel, seed: number): Uint8Array {
  const rnd = prng(seed * 31 + 5);
  return Uint8Array.from({ length: linkCount(model.graph) }, () => (rnd() < 0.1 ? 1 : 0));
}

/**
 * The isochrone as computed before reachedCellCosts: every land cell costed, the levels of all of them, the
 * whole grid traced. The restricted isochrone must give exactly this.
 */
function fullIsochrone(
  model: CoverageModel,
  post: CoveragePost,
  breaksMin: number[],
  closedLinks: Uint8Array | null,
): IsochroneFeature[] {
  const limits = breaksMin.map((m) => m * 60);
  const { cells: costs } = costsFromPosts(
    model,
    model.weights,
    [post],
    () => 0,
    closedLinks,
    limits[limits.length - 1] ?? 0,
  );
  const { grid } = model;
  const mask = new Uint8Array(grid.cols * grid.rows);
  let cells = 0;
  let population = 0;
  return breaksMin.map((minutes, b) => {
    for (let k = 0; k < grid.landCells.length; k++) {
      let level = 0;
      while (level < limits.length && (costs[k] as number) > (limits[level] as number)) level++;
      if (level !== b) continue;
      const c = grid.landCells[k] as number;
      mask[c] = 1;
      cells++;
      population += model.cellPopulation[c] as number;
    }
    return {
      type: 'Feature',
      geometry: { type: 'MultiPolygon', coordinates: polygonizeCells(grid, mask) },
      properties: {
        postId: post.id,
        minutes,
        areaKm2: cells * ((grid.cellSizeM * grid.cellSizeM) / 1e6),
        population,
      },
    };
  });
}

describe('costing only the reachable cells gives the full computation', () => {
  it('reachedCellCosts: the cells it leaves out cost Infinity in costsFromPosts, the others the same', () => {
    let restricted = 0;
    let finite = 0;
    for (const seed of SEEDS) {
      const { w, model } = world(seed);
      const closed = randomClosures(model, seed);
      const postSets = [[w.post('a')], [w.post('b'), w.post('c'), w.post('d')]];
      for (const posts of postSets) {
        for (const cutoff of CUTOFFS) {
          for (const closedLinks of [null, closed]) {
            const base = (): number => 0;
            const full = costsFromPosts(model, model.weights, posts, base, closedLinks, cutoff);
            const part = reachedCellCosts(model, model.weights, posts, base, closedLinks, cutoff);
            expect(part.unanchored).toEqual(full.unanchored);
            expect(part.points).toEqual(full.points);
            const got = new Float64Array(full.cells.length).fill(Infinity);
            part.slots.forEach((k, j) => {
              got[k] = part.costs[j] as number;
            });
            expect(part.slots.every((k, j) => j === 0 || k > (part.slots[j - 1] as number))).toBe(true);
            expect(got).toEqual(full.cells);
            // Up to a shorter reach: the cells left out cost more than it, the others the same.
            const reachS = Math.min(cutoff, 200) / 2;
            const near = reachedCellCosts(model, model.weights, posts, base, closedLinks, cutoff, reachS);
            const inNear = new Set(near.slots);
            const wrong: number[] = [];
            near.slots.forEach((k, j) => {
              if (near.costs[j] !== full.cells[k]) wrong.push(k);
            });
            full.cells.forEach((cost, k) => {
              if (!inNear.has(k) && !(cost > reachS)) wrong.push(k);
            });
            expect(wrong).toEqual([]);
            if (part.slots.length < model.grid.landCells.length) restricted++;
            finite += full.cells.filter(Number.isFinite).length;
          }
        }
      }
    }
    // The comparison means something: short cutoffs leave cells out, and many cells are reached.
    expect(restricted).toBeGreaterThan(SEEDS.length * 4);
    expect(finite).toBeGreaterThan(1000);
  });

  it('isochrone equals the one costing and tracing the whole grid (with and without closures)', () => {
    let polygons = 0;
    for (const seed of SEEDS) {
      const { w, model } = world(seed);
      const closed = randomClosures(model, seed);
      for (const breaksMin of [[1, 2, 3], [2, 5], [15]]) {
        for (const closedLinks of [null, closed]) {
          const post = w.post(`p${seed}`);
          const got = isochrone(model, post, {
            breaksMin,
            ...(closedLinks === null ? {} : { closedLinks }),
          });
          const want = fullIsochrone(model, post, breaksMin, closedLinks);
          expect(got.features).toEqual(want);
          polygons += got.features.filter((f) => f.geometry.coordinates.length > 0).length;
        }
      }
    }
    expect(polygons).toBeGreaterThan(SEEDS.length * 4);
  });

  it('polygonizeCells in a window holding the set traces the same rings as on the whole grid', () => {
    const { model } = world(1);
    const { grid } = model;
    const rnd = prng(99);
    for (let t = 0; t < 40; t++) {
      const mask = new Uint8Array(grid.cols * grid.rows);
      const col0 = Math.floor(rnd() * grid.cols);
      const row0 = Math.floor(rnd() * grid.rows);
      const col1 = Math.min(grid.cols, col0 + 1 + Math.floor(rnd() * 12));
      const row1 = Math.min(grid.rows, row0 + 1 + Math.floor(rnd() * 12));
      for (let r = row0; r < row1; r++)
        for (let c = col0; c < col1; c++) if (rnd() < 0.55) mask[r * grid.cols + c] = 1;
      const whole = polygonizeCells(grid, mask);
      expect(polygonizeCells(grid, mask, { col0, row0, col1, row1 })).toEqual(whole);
      // A window wider than the set, touching the grid's border, too.
      const wide = { col0: Math.max(0, col0 - 2), row0: 0, col1: grid.cols, row1: row1 };
      expect(polygonizeCells(grid, mask, wide)).toEqual(whole);
    }
  });
});
