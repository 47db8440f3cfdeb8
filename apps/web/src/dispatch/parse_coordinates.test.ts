import type { MultiPolygonGeometry } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { parseCoordinates } from './parse_coordinates.ts';

/** A square with a square hole, standing in for the kabupaten. */
const area: MultiPolygonGeometry = {
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [115, -8.3],
        [115.4, -8.3],
        [115.4, -8],
        [115, -8],
        [115, -8.3],
      ],
      [
        [115.3, -8.1],
        [115.3, -8.05],
        [115.35, -8.05],
        [115.35, -8.1],
        [115.3, -8.1],
      ],
    ],
  ],
};

describe('parseCoordinates', () => {
  it('reads latitude first and returns [lon, lat]', () => {
    expect(parseCoordinates('-8.158, 115.242', area)).toEqual({ ok: true, position: [115.242, -8.158] });
    expect(parseCoordinates('  -8.158 115.242 ', area)).toEqual({ ok: true, position: [115.242, -8.158] });
  });

  it('names what is wrong', () => {
    expect(parseCoordinates('Mengening', area)).toMatchObject({ ok: false, error: 'invalid' });
    expect(parseCoordinates('-8.1', area)).toMatchObject({ ok: false, error: 'invalid' });
    expect(parseCoordinates('115.242, -8.158', area)).toMatchObject({ ok: false, error: 'range' });
    expect(parseCoordinates('-8.65, 115.2', area)).toMatchObject({ ok: false, error: 'outside', lat: -8.65 });
    expect(parseCoordinates('-8.07, 115.32', area)).toMatchObject({ ok: false, error: 'outside' });
  });

  it('skips the outline check when none is loaded', () => {
    expect(parseCoordinates('-8.65, 115.2', null)).toEqual({ ok: true, position: [115.2, -8.65] });
  });
});
