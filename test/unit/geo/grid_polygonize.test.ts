import { createStudyGrid, polygonizeCells, polygonProblems, rasterizeArea, type StudyGrid } from '@siaga/geo';
import type { AreaGeometry, Position } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from './fixtures.ts';
import { prng } from './random_network.ts';

const SQUARE: AreaGeometry = deepFreeze({
  type: 'Polygon',
  coordinates: [
    [
      [115.0, -8.12],
      [115.012, -8.12],
      [115.012, -8.108],
      [115.0, -8.108],
      [115.0, -8.12],
    ],
  ],
});

function grid(): StudyGrid {
  return createStudyGrid(SQUARE, { cellSizeM: 100 });
}

/** A mask from rows of text, '#' = in the set; the first text row is the northernmost, placed at (col0, row0). */
function mask(g: StudyGrid, picture: string[], col0 = 2, row0 = 2): Uint8Array {
  const m = new Uint8Array(g.cols * g.rows);
  picture.forEach((line, i) => {
    const row = row0 + picture.length - 1 - i;
    [...line].forEach((ch, col) => {
      if (ch === '#') m[row * g.cols + col0 + col] = 1;
    });
  });
  return m;
}

function cellsOf(m: Uint8Array): number[] {
  const out: number[] = [];
  m.forEach((v, i) => {
    if (v === 1) out.push(i);
  });
  return out;
}

/** Tracing then rasterising gives back exactly the cells traced: the outline is exact on cell edges. */
function expectRoundTrip(g: StudyGrid, m: Uint8Array): Position[][][] {
  const polygons = polygonizeCells(g, m);
  expect(polygonProblems(polygons)).toEqual([]);
  const back =
    polygons.length === 0 ? [] : [...rasterizeArea(g, { type: 'MultiPolygon', coordinates: polygons })];
  expect(back).toEqual(cellsOf(m));
  return polygons;
}

describe('polygonizeCells', () => {
  it('traces one cell as one counter-clockwise square with 4 corners', () => {
    const g = grid();
    const polygons = expectRoundTrip(g, mask(g, ['#']));
    expect(polygons).toHaveLength(1);
    expect(polygons[0]).toHaveLength(1);
    expect(polygons[0]?.[0]).toHaveLength(5);
  });

  it('keeps only the corners of an L shape', () => {
    const g = grid();
    const polygons = expectRoundTrip(g, mask(g, ['#..', '#..', '###']));
    expect(polygons[0]?.[0]).toHaveLength(7);
  });

  it('makes a hole for a ring of cells', () => {
    const g = grid();
    const polygons = expectRoundTrip(g, mask(g, ['###', '#.#', '###']));
    expect(polygons).toHaveLength(1);
    expect(polygons[0]).toHaveLength(2);
  });

  it('splits cells that touch only at a corner into separate polygons', () => {
    const g = grid();
    const polygons = expectRoundTrip(g, mask(g, ['.#', '#.']));
    expect(polygons).toHaveLength(2);
  });

  it('turns a gap that reaches the outside at a corner into a hole touching its shell at one point', () => {
    const g = grid();
    const polygons = expectRoundTrip(g, mask(g, ['###', '#.#', '.##']));
    expect(polygons).toHaveLength(1);
    expect(polygons[0]).toHaveLength(2);
  });

  it('gives an island inside a hole its own polygon', () => {
    const g = grid();
    const polygons = expectRoundTrip(g, mask(g, ['#####', '#...#', '#.#.#', '#...#', '#####']));
    expect(polygons).toHaveLength(2);
    expect(polygons.map((p) => p.length).sort()).toEqual([1, 2]);
  });

  it('returns nothing for an empty set', () => {
    const g = grid();
    expect(polygonizeCells(g, new Uint8Array(g.cols * g.rows))).toEqual([]);
  });

  it('traces random cell sets into valid polygons that rasterise back to the same cells', () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const rnd = prng(seed);
      const g = grid();
      const density = 0.3 + rnd() * 0.4;
      const m = new Uint8Array(g.cols * g.rows);
      for (let i = 0; i < m.length; i++) m[i] = rnd() < density ? 1 : 0;
      expectRoundTrip(g, m);
    }
  });

  it('does not mutate the mask', () => {
    const g = grid();
    const m = mask(g, ['##.', '.##']);
    const before = m.slice();
    polygonizeCells(g, m);
    expect(m).toEqual(before);
  });
});

describe('polygonProblems', () => {
  const ring = (...p: Position[]): Position[] => [...p, p[0] as Position];
  it('accepts a valid polygon with a hole', () => {
    const shell = ring([0, 0], [4, 0], [4, 4], [0, 4]);
    const hole = ring([1, 1], [1, 2], [2, 2], [2, 1]);
    expect(polygonProblems([[shell, hole]])).toEqual([]);
  });
  it('reports a bow tie, a clockwise shell, an open ring and a hole outside its shell', () => {
    expect(polygonProblems([[ring([0, 0], [2, 2], [2, 0], [0, 2])]]).join()).toMatch(/cross/);
    expect(polygonProblems([[ring([0, 0], [0, 1], [1, 1], [1, 0])]]).join()).toMatch(/not counter-clockwise/);
    expect(
      polygonProblems([
        [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
          ],
        ],
      ]).join(),
    ).toMatch(/not closed/);
    const shell = ring([0, 0], [1, 0], [1, 1], [0, 1]);
    const far = ring([5, 5], [5, 6], [6, 6], [6, 5]);
    expect(polygonProblems([[shell, far]]).join()).toMatch(/outside its shell/);
  });
  it('reports a ring that touches itself and polygons that overlap', () => {
    const touching = ring([0, 0], [2, 0], [2, 2], [1, 0], [0, 2]);
    expect(polygonProblems([[touching]]).join()).toMatch(/touch|cross|overlap/);
    const a = ring([0, 0], [2, 0], [2, 2], [0, 2]);
    const b = ring([1, 1], [3, 1], [3, 3], [1, 3]);
    expect(polygonProblems([[a], [b]]).join()).toMatch(/cross/);
  });
});

describe('rasterizeArea', () => {
  it('takes cells whose centre is inside, minus holes', () => {
    const g = grid();
    const all = rasterizeArea(g, SQUARE);
    expect(all.length).toBeGreaterThan(100);
    expect([...all]).toEqual([...g.landCells]);
  });
});
