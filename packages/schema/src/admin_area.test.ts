import { describe, expect, it } from 'vitest';
import { AdminAreaCreate, AdminAreaProperties } from './admin_area.ts';
import { desaPointsOf } from './desa_point.ts';
import { patchProperties } from './feature.ts';

const desa = {
  type: 'Feature',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [115.2, -8.2],
        [115.3, -8.2],
        [115.3, -8.1],
        [115.2, -8.2],
      ],
    ],
  },
  properties: { code: '51.08.08.2013', name: 'Mengening', level: 'desa' },
};

describe('AdminAreaProperties.labelPoint', () => {
  it('defaults to null and takes a Point, nothing else', () => {
    expect(AdminAreaCreate.parse(desa).properties.labelPoint).toBeNull();
    const point = { type: 'Point', coordinates: [115.24, -8.16] };
    const given = { ...desa, properties: { ...desa.properties, labelPoint: point } };
    expect(AdminAreaCreate.parse(given).properties.labelPoint).toEqual(point);
    const line = {
      type: 'LineString',
      coordinates: [
        [115.24, -8.16],
        [115.25, -8.16],
      ],
    };
    expect(
      AdminAreaCreate.safeParse({ ...desa, properties: { ...desa.properties, labelPoint: line } }).success,
    ).toBe(false);
  });

  it('leaves an unsent label point out of a patch and accepts null', () => {
    const patch = patchProperties(AdminAreaProperties);
    expect(patch.parse({ name: 'Mengening' })).toEqual({ name: 'Mengening' });
    expect(patch.parse({ labelPoint: null })).toEqual({ labelPoint: null });
    expect(patch.safeParse({ labelPoint: { type: 'Point' } }).success).toBe(false);
  });
});

describe('desaPointsOf', () => {
  it('takes the label points of desa only, skipping those without one', () => {
    const point = { type: 'Point' as const, coordinates: [115.24, -8.16] as [number, number] };
    const areas = [
      { properties: { code: '51.08', level: 'kabupaten' as const, labelPoint: point } },
      { properties: { code: '51.08.08.2013', level: 'desa' as const, labelPoint: point } },
      { properties: { code: '51.08.08.2014', level: 'desa' as const, labelPoint: null } },
      { properties: { code: '51.08.08.2015', level: 'desa' as const } },
    ];
    expect(desaPointsOf(areas)).toEqual([
      { type: 'Feature', geometry: point, properties: { code: '51.08.08.2013' } },
    ]);
  });
});
