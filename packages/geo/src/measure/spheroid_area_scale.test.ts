import { describe, expect, it } from 'vitest';
import { spheroidAreaScale } from './spheroid_area_scale.ts';

describe('spheroidAreaScale', () => {
  it('is below 1 near the equator and above 1 near the poles', () => {
    expect(spheroidAreaScale(-8.2)).toBeCloseTo(0.9958, 4);
    expect(spheroidAreaScale(0)).toBeLessThan(1);
    expect(spheroidAreaScale(80)).toBeGreaterThan(1);
  });

  it('is the same north and south', () => {
    expect(spheroidAreaScale(-30)).toBe(spheroidAreaScale(30));
  });
});
