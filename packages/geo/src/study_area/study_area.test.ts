import { describe, expect, it } from 'vitest';
import { outsideStudyArea } from './outside_study_area.ts';
import { studyAreaOf } from './study_area.ts';

/** A 0.1° square kabupaten (about 11 km a side) at 1.5 E, 42.5 N. */
const square = [
  [
    [
      [1.5, 42.5],
      [1.6, 42.5],
      [1.6, 42.6],
      [1.5, 42.6],
      [1.5, 42.5],
    ],
  ],
];
const area = studyAreaOf(square, null);
const km = 1 / 111.32;

describe('studyAreaOf', () => {
  it('holds points within 2 km of the outline, and says how far others are', () => {
    if (area === null) throw new Error('no area');
    expect(area.source).toBe('kabupaten');
    expect(area.extent).toEqual([1.5, 42.5, 1.6, 42.6]);
    expect(area.contains([1.55, 42.55])).toBe(true);
    expect(area.contains([1.55, 42.5 - 1.5 * km])).toBe(true);
    expect(area.contains([1.55, 42.5 - 2.5 * km])).toBe(false);
    expect(area.contains([0, 0])).toBe(false);
    expect(area.distanceM([1.55, 42.55])).toBe(0);
    expect(area.distanceM([1.55, 42.5 - 3 * km])).toBeCloseTo(3_000, -2);
  });

  it("falls back to the roads' box, and is null with neither", () => {
    const roads = studyAreaOf([], [1.5, 42.5, 1.6, 42.6]);
    expect(roads?.source).toBe('roads');
    expect(roads?.contains([1.55, 42.55])).toBe(true);
    expect(roads?.contains([115.09, -8.11])).toBe(false);
    expect(studyAreaOf([], null)).toBeNull();
  });
});

describe('outsideStudyArea', () => {
  const box = (w: number, s: number, e: number, n: number) => ({
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  });
  if (area === null) throw new Error('no area');

  it('refuses a point outside and takes one inside', () => {
    expect(outsideStudyArea(area, { type: 'Point', coordinates: [0, 0] })).toMatch(/outside the study area/);
    expect(outsideStudyArea(area, { type: 'Point', coordinates: [1.55, 42.55] })).toBeNull();
  });

  it('takes an area partly outside as drawn, and refuses one wholly outside or reaching beyond the extent', () => {
    expect(outsideStudyArea(area, box(1.58, 42.58, 1.6 + 1.5 * km, 42.6 + 1.5 * km))).toBeNull();
    // Within the widened extent, yet more than 2 km from the outline: the corner beyond the square's corner.
    const corner = 1.6 + 1.9 * km;
    expect(outsideStudyArea(area, box(corner - 0.1 * km, 42.6 + 1.8 * km, corner, 42.6 + 1.9 * km))).toMatch(
      /wholly outside/,
    );
    expect(outsideStudyArea(area, box(1.55, 42.55, 1.9, 42.56))).toMatch(/reaches \[1\.9, 42\.55\]/);
  });

  it('sees a long edge crossing the study area even with no vertex in it', () => {
    const m = 1.9 * km;
    const line = {
      type: 'LineString',
      coordinates: [
        [1.5 - m, 42.5 - m],
        [1.6 + m, 42.6 + m],
      ],
    };
    expect(outsideStudyArea(area, line)).toBeNull();
  });
});
