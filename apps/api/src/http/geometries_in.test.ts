import { describe, expect, it } from 'vitest';
import { geometriesIn } from './geometries_in.ts';

const point = { type: 'Point', coordinates: [115.1, -8.1] };
const square = {
  type: 'Polygon',
  coordinates: [
    [
      [115, -8.2],
      [115.1, -8.2],
      [115.1, -8.1],
      [115, -8.2],
    ],
  ],
};

describe('geometriesIn', () => {
  it('finds the geometries of a FeatureCollection with their paths', () => {
    const body = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: point, properties: { name: 'Pos' } },
        { type: 'Feature', geometry: square, properties: { name: 'Zona' } },
      ],
    };
    expect(geometriesIn(body, 'body')).toEqual([
      { geometry: point, path: 'body.features.0.geometry' },
      { geometry: square, path: 'body.features.1.geometry' },
    ]);
  });

  it('finds a bare geometry, closures and candidate points', () => {
    expect(geometriesIn(point, 'body').map((g) => g.path)).toEqual(['body']);
    const body = { incident: point, closures: [square, point], candidates: [{ point, name: 'x' }], k: 3 };
    expect(geometriesIn(body, 'body').map((g) => g.path)).toEqual([
      'body.incident',
      'body.closures.0',
      'body.closures.1',
      'body.candidates.0.point',
    ]);
  });

  it('ignores objects that only look like geometries and plain values', () => {
    expect(geometriesIn({ type: 'Point', name: 'no coordinates' }, 'body')).toEqual([]);
    expect(geometriesIn({ type: 'Circle', coordinates: [1, 2] }, 'body')).toEqual([]);
    expect(geometriesIn(null, 'body')).toEqual([]);
    expect(geometriesIn('Point', 'body')).toEqual([]);
  });
});
