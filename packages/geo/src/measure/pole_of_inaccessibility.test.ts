import { describe, expect, it } from 'vitest';
import { pointInPolygon } from './point_in_polygon.ts';
import { poleOfInaccessibility } from './pole_of_inaccessibility.ts';

const box = (w: number, s: number, e: number, n: number) => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];

describe('poleOfInaccessibility', () => {
  it('is the middle of a rectangle', () => {
    const [x = 0, y = 0] = poleOfInaccessibility([[box(0, 0, 4, 1)]]) ?? [];
    expect(y).toBeCloseTo(0.5, 2);
    expect(x).toBeGreaterThan(0.5);
    expect(x).toBeLessThan(3.5);
  });

  it('stays out of a hole and off a centre the hole takes', () => {
    const rings = [box(0, 0, 10, 10), box(2, 2, 8, 8)];
    const p = poleOfInaccessibility([rings]) ?? [5, 5];
    expect(pointInPolygon(p[0], p[1], rings)).toBe(true);
  });

  it('finds the wide head of a shape whose centroid lies in its thin tail', () => {
    // A 4 × 4 head on a 20 × 0.4 tail: the centre of mass is in the tail, the pole in the head.
    const shape = [
      [
        [0, 0],
        [4, 0],
        [4, 1.8],
        [24, 1.8],
        [24, 2.2],
        [4, 2.2],
        [4, 4],
        [0, 4],
        [0, 0],
      ],
    ];
    const [x = 0, y = 0] = poleOfInaccessibility([shape]) ?? [];
    expect(x).toBeCloseTo(2, 1);
    expect(y).toBeCloseTo(2, 1);
  });

  it('takes the widest part of a multipolygon', () => {
    const [x = 0] = poleOfInaccessibility([[box(0, 0, 1, 1)], [box(10, 0, 14, 4)]]) ?? [];
    expect(x).toBeCloseTo(12, 1);
  });

  it('weighs longitude by the cosine of latitude', () => {
    // At 60° a degree of longitude is half a degree of latitude on the ground. The western block is 1.5° square
    // in degrees but 0.75 × 1.5 on the ground; the eastern one is 3° × 1°, 1.5 × 1 on the ground: only a pole
    // measured on the ground lies in the east.
    const rings = [
      [
        [0, 60],
        [1.5, 60],
        [1.5, 59.5],
        [4.5, 59.5],
        [4.5, 60.5],
        [1.5, 60.5],
        [1.5, 61.5],
        [0, 61.5],
        [0, 60],
      ],
    ];
    const [x = 0] = poleOfInaccessibility([rings]) ?? [];
    expect(x).toBeGreaterThan(1.5);
  });

  it('answers null for no polygon', () => {
    expect(poleOfInaccessibility([])).toBeNull();
  });
});
