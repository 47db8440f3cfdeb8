import type { AdminAreaFeature, MultiPolygonGeometry } from '@siaga/schema';
import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { areaLabelPoint } from './label_point.ts';

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}

const square: MultiPolygonGeometry['coordinates'] = [
  [
    [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ],
  ],
];

/** A U whose centre of mass falls in the gap between its arms. */
const u: MultiPolygonGeometry['coordinates'] = [
  [
    [
      [0, 0],
      [3, 0],
      [3, 3],
      [2, 3],
      [2, 1],
      [1, 1],
      [1, 3],
      [0, 3],
      [0, 0],
    ],
  ],
];

const area = (
  coordinates: MultiPolygonGeometry['coordinates'],
  labelPoint: AdminAreaFeature['properties']['labelPoint'],
): AdminAreaFeature =>
  deepFreeze({
    type: 'Feature',
    geometry: { type: 'MultiPolygon', coordinates },
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

describe('areaLabelPoint', () => {
  it('prefers the stored point', () => {
    expect(areaLabelPoint(area(square, { type: 'Point', coordinates: [0.5, 1.5] }))).toEqual([0.5, 1.5]);
  });

  it('puts the label at the centre of a convex area without a stored point', () => {
    const [lon, lat] = areaLabelPoint(area(square, null));
    expect(lon).toBeCloseTo(1, 9);
    expect(lat).toBeCloseTo(1, 9);
  });

  it('keeps the label on a U-shaped area whose centre of mass falls outside', () => {
    const shape = area(u, null);
    const p = areaLabelPoint(shape);
    expect(booleanPointInPolygon(p, shape.geometry)).toBe(true);
  });
});
