import type { AdminAreaFeature, MultiPolygonGeometry } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { areaLabelPoint, labelPoint } from './label_point.ts';

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}

function inside(poly: number[][], [x, y]: [number, number]): boolean {
  let c = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi = 0, yi = 0] = poly[i] ?? [];
    const [xj = 0, yj = 0] = poly[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
  }
  return c;
}

const square: MultiPolygonGeometry = deepFreeze({
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [0, 0],
        [2, 0],
        [2, 2],
        [0, 2],
        [0, 0],
      ],
    ],
  ],
});

describe('labelPoint', () => {
  it('puts the label in the middle of a square', () => {
    expect(labelPoint(square)).toEqual([1, 1]);
  });

  it('keeps the label inside a U shape whose centroid falls outside', () => {
    const u = [
      [0, 0],
      [3, 0],
      [3, 3],
      [2, 3],
      [2, 1],
      [1, 1],
      [1, 3],
      [0, 3],
      [0, 0],
    ];
    const p = labelPoint(deepFreeze({ type: 'MultiPolygon', coordinates: [[u as [number, number][]]] }));
    expect(p).not.toBeNull();
    expect(inside(u, p as [number, number])).toBe(true);
  });

  it('labels the largest part of a multipolygon and skips holes', () => {
    const small = [
      [10, 10],
      [10.1, 10],
      [10.1, 10.1],
      [10, 10.1],
      [10, 10],
    ] as [number, number][];
    const big = [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ] as [number, number][];
    const hole = [
      [1, 1],
      [3, 1],
      [3, 3],
      [1, 3],
      [1, 1],
    ] as [number, number][];
    const p = labelPoint(deepFreeze({ type: 'MultiPolygon', coordinates: [[small], [big, hole]] }));
    expect(p).not.toBeNull();
    const [x, y] = p as [number, number];
    expect(inside(big, [x, y]) && !inside(hole, [x, y])).toBe(true);
  });
});

describe('areaLabelPoint', () => {
  const area = (labelPoint: AdminAreaFeature['properties']['labelPoint']): AdminAreaFeature => ({
    type: 'Feature',
    geometry: square,
    properties: {
      code: '51.08.08.2013',
      bpsCode: null,
      name: 'Mengening',
      level: 'desa',
      parentCode: '51.08.08',
      isKelurahan: false,
      population: 100,
      populationYear: 2020,
      boundaryPrecision: 'approximate',
      source: null,
      labelPoint,
      areaKm2: 1,
    },
  });
  it('prefers the stored point', () => {
    expect(areaLabelPoint(area({ type: 'Point', coordinates: [0.5, 1.5] }))).toEqual([0.5, 1.5]);
  });
  it('computes one when none is stored', () => {
    expect(areaLabelPoint(area(null))).toEqual([1, 1]);
  });
});
