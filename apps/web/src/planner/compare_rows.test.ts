import { SCENARIO_DOCUMENT_VERSION, type ScenarioDocument } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import type { CoverageSummary, ModeSummary } from '../worker/protocol.ts';
import { compareRows, sameStandard } from './compare_rows.ts';

const doc = (extra: Partial<ScenarioDocument> = {}): ScenarioDocument => ({
  format: SCENARIO_DOCUMENT_VERSION,
  postStatuses: ['operational'],
  profile: 'fire_engine',
  thresholdsMin: [5, 10, 15],
  countTurnout: true,
  mode: 'travelTime',
  levelIndex: 2,
  candidates: [],
  movedPosts: [],
  switchedOff: [],
  isochroneOf: null,
  hazardWeights: {},
  ...extra,
});

const mode = (shares: number[], desa: number[]): ModeSummary => ({
  unit: 'minutes',
  levels: shares.map((s, j) => ({
    limit: [5, 10, 15][j] ?? 15,
    coveredAreaKm2: 0,
    areaShare: 0,
    coveredPopulation: s * 1000,
    uncoveredPopulation: 0,
    populationShare: s,
    hazards: [],
    gaps: null,
  })),
  kecamatan: [
    {
      code: '51.08.02',
      name: 'Seririt',
      population: 600,
      coveredShare: shares,
      coveredPopulation: [],
      desaCovered: desa,
      desaCount: 5,
    },
    {
      code: '51.08.01',
      name: 'Gerokgak',
      population: 400,
      coveredShare: shares,
      coveredPopulation: [],
      desaCovered: desa,
      desaCount: 3,
    },
  ],
});

const summary = (shares: number[], desa: number[]): CoverageSummary => {
  const m = mode(shares, desa);
  return {
    landAreaKm2: 1,
    population: 1000,
    noRoadPopulation: 0,
    unanchoredPosts: [],
    postCount: 1,
    travelTime: m,
    wmkRadius: m,
    wmkNetwork: m,
  };
};

describe('compareRows', () => {
  it('gives the kabupaten first, then kecamatan by name, each at its scenario shown level', () => {
    const rows = compareRows(
      { summary: summary([0.2, 0.4, 0.6], [1, 2, 3]), document: doc() },
      { summary: summary([0.3, 0.5, 0.9], [2, 3, 4]), document: doc({ levelIndex: 0 }) },
      'Kabupaten',
    );
    expect(rows.map((r) => r.name)).toEqual(['Kabupaten', 'Gerokgak', 'Seririt']);
    expect(rows[0]).toMatchObject({ share: { a: 0.6, b: 0.3 }, desa: { a: 6, b: 4 }, desaCount: 8 });
    expect(rows[1]).toMatchObject({ share: { a: 0.6, b: 0.3 }, desa: { a: 3, b: 2 } });
  });

  it('tells whether two scenarios count at the same standard', () => {
    expect(sameStandard(doc(), doc({ candidates: [{ id: 'K1', position: [115, -8.2] }] }))).toBe(true);
    expect(sameStandard(doc(), doc({ levelIndex: 1 }))).toBe(false);
    expect(
      sameStandard(doc({ mode: 'wmkRadius', levelIndex: 0 }), doc({ mode: 'wmkRadius', levelIndex: 0 })),
    ).toBe(true);
  });
});
