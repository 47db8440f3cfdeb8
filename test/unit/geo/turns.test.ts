import { bearingDeg, maneuverOfAngle, turnAngleDeg } from '@siaga/geo';
import { describe, expect, it } from 'vitest';

describe('turn naming', () => {
  it('measures bearings clockwise from north', () => {
    expect(bearingDeg(115, -8.1, 115, -8.09)).toBeCloseTo(0, 6);
    expect(bearingDeg(115, -8.1, 115.01, -8.1)).toBeCloseTo(90, 2);
    expect(bearingDeg(115, -8.1, 114.99, -8.1)).toBeCloseTo(270, 2);
  });

  it('signs the change: right positive, left negative, across north', () => {
    expect(turnAngleDeg(350, 10)).toBeCloseTo(20);
    expect(turnAngleDeg(10, 350)).toBeCloseTo(-20);
    expect(turnAngleDeg(90, 270)).toBe(180);
  });

  it.each([
    [0, 'straight'],
    [19.9, 'straight'],
    [-20, 'slight_left'],
    [44, 'slight_right'],
    [45, 'right'],
    [-90, 'left'],
    [-120, 'sharp_left'],
    [164, 'sharp_right'],
    [165, 'uturn'],
    [-178, 'uturn'],
    [180, 'uturn'],
  ] as const)('%s° is %s', (angle, maneuver) => {
    expect(maneuverOfAngle(angle)).toBe(maneuver);
  });
});
