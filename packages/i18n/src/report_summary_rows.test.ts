import type { CoverageReport } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { summaryText } from './report_summary_rows.ts';

const shares = (share: number, areaKm2: number | null, people: number, desa: number) => ({
  coveredAreaKm2: areaKm2,
  areaShare: share,
  coveredPopulation: people,
  populationShare: share,
  desaCovered: desa,
  desaShare: share,
});

const summary: CoverageReport['summary'] = {
  population: 820_000,
  landAreaKm2: 1_365.9,
  noRoadPopulation: 1_250,
  kecamatanCount: 9,
  desaCount: 148,
  postCount: 10,
  travel: shares(0.625, 853.7, 600_000, 110),
  wmk: { ...shares(0.25, null, 300_000, 40), radiusM: 7_500, builtUpRadiusM: 2_500, builtUpAreaKm2: 12 },
  postsPer30k: { posts: 10, perPeople: 0.3658, needed: 28 },
  bands: [],
  hazards: [],
  incidents: { recorded: 0, withResponseTimes: 0, rows: [] },
};

describe('summaryText', () => {
  it('gives the headings, the three reach rows and the posts line in the reader language', () => {
    const en = summaryText(summary, 15, 'en');
    expect(en.headings).toEqual(['Measure', '15-minute standard', 'WMK 7.5 km (2.5 km in built-up areas)']);
    expect(en.rows.map((r) => r.label)).toEqual([
      'Land area within reach',
      'Population within reach',
      'Desa/kelurahan within reach',
    ]);
    expect(en.rows[0]).toMatchObject({ travel: '62.5 % (853.7 km²)', wmk: '25 % (0 km²)' });
    expect(en.rows[2]).toMatchObject({ travel: '62.5 % (110/148)', wmk: '25 % (40/148)' });
    expect(en.postsPer30k.value).toBe('10 posts for 820,000 people = 0.37 posts per 30,000 (needs 28)');
    expect(en.noRoad).toContain('1,250');
    const id = summaryText(summary, 15, 'id');
    expect(id.rows[1]?.travel).toBe('62,5 % (600.000)');
    expect(id.headings[1]).toContain('15');
  });
});
