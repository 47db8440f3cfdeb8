import { pointSegmentDistance } from '@siaga/geo';
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
  level: AdminAreaFeature['properties']['level'] = 'desa',
): AdminAreaFeature =>
  deepFreeze({
    type: 'Feature',
    geometry: { type: 'MultiPolygon', coordinates },
    properties: {
      code: '51.08.08.2013',
      bpsCode: null,
      name: 'Mengening',
      level,
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

  it('labels a kecamatan at its pole, not at the stored fill-in point against its border', () => {
    // ST_PointOnSurface's kind of point: on the U's bottom edge region, far from the middle of the left arm.
    const stored = { type: 'Point' as const, coordinates: [2.9, 0.1] as [number, number] };
    const [lon, lat] = areaLabelPoint(area(u, stored, 'kecamatan'));
    expect([lon, lat]).not.toEqual([2.9, 0.1]);
    expect(booleanPointInPolygon([lon, lat], { type: 'MultiPolygon', coordinates: u })).toBe(true);
    // Every point of the U is within 0.5 of an edge; the pole reaches (almost) that.
    const ring = u[0]?.[0] ?? [];
    const edge = Math.min(
      ...ring
        .slice(1)
        .map((b, i) =>
          pointSegmentDistance(lon, lat, ring[i]?.[0] ?? 0, ring[i]?.[1] ?? 0, b[0] ?? 0, b[1] ?? 0),
        ),
    );
    expect(edge).toBeGreaterThan(0.45);
  });
});
