import { describe, expect, it } from 'vitest';
import { landMaskOf } from './land_mask.ts';

const island = [
  [
    [0, 0],
    [0.1, 0],
    [0.1, 0.1],
    [0, 0.1],
    [0, 0],
  ],
];
const islet = [
  [
    [0.5, 0],
    [0.51, 0],
    [0.51, 0.01],
    [0.5, 0.01],
    [0.5, 0],
  ],
];

describe('landMaskOf', () => {
  it('holds points on any land polygon and none at sea', () => {
    const land = landMaskOf([island, islet]);
    expect(land?.contains([0.05, 0.05])).toBe(true);
    expect(land?.contains([0.505, 0.005])).toBe(true);
    expect(land?.contains([0.3, 0.05])).toBe(false);
  });

  it('measures a point at sea to the nearest coast in metres', () => {
    const land = landMaskOf([island, islet]);
    // 0.01° of latitude south of the island's edge: about 1,112 m (mean Earth radius).
    expect(land?.coastDistanceM([0.05, -0.01])).toBeCloseTo(1_112, -1);
    // Nearer the islet than the island.
    expect(land?.coastDistanceM([0.52, 0.005])).toBeCloseTo(1_112, -1);
  });

  it('is null with no land stored, so nothing is called sea', () => {
    expect(landMaskOf([])).toBeNull();
  });
});
