import { SitingResponse } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { expectError } from './support/api_client.ts';
import { useTestApp } from './support/test_app.ts';

const t = useTestApp({ seeded: true });

const sites = async (body: Record<string, unknown>) => {
  const answer = await t.api.post('/api/planning/sites', body);
  expect(answer.status, answer.text).toBe(200);
  return SitingResponse.parse(answer.json);
};

describe('POST /api/planning/sites: happy paths', () => {
  it('suggests 3 sites for maximal covering, proven optimal, each explained', async () => {
    const r = await sites({ k: 3 });
    expect(r).toMatchObject({
      objective: 'mclp',
      phase: 'exact',
      status: 'optimal',
      gap: 0,
      unit: 'seconds',
    });
    expect(r.sites).toHaveLength(3);
    expect(r.value).toBeGreaterThan(r.baseline);
    expect(r.bound).toBeCloseTo(r.value, 6);
    const newly = r.sites.reduce((sum, s) => sum + s.newlyCoveredWeight, 0);
    expect(newly).toBeCloseTo(r.value - r.baseline, 6);
    for (const s of r.sites) {
      expect(s.newlyCovered.every((d) => d.after <= r.standard)).toBe(true);
      const inZones = s.newlyCoveredHazards.reduce((sum, h) => sum + h.population, 0);
      expect(inZones).toBeGreaterThanOrEqual(0);
      expect(s.nextBest?.worseBy ?? 0).toBeGreaterThanOrEqual(-1e-9);
    }
  });

  it('stops at the fast answer when exact is false, and answers every objective and standard', async () => {
    const fast = await sites({ k: 2, exact: false });
    expect(fast).toMatchObject({ phase: 'fast', status: 'heuristic', bound: null, exactMs: null });
    for (const objective of ['lscp', 'pCenter', 'pMedian']) {
      const r = await sites({ objective, k: 2 });
      expect(r.status).toBe('optimal');
      if (objective !== 'lscp') expect(r.value).toBeLessThanOrEqual(r.baseline);
    }
    const wmk = await sites({ k: 1, standard: { mode: 'wmkRadius', radiusM: 5_000 } });
    expect(wmk.unit).toBe('metres');
    const road = await sites({ k: 1, standard: { mode: 'wmkNetwork' }, demand: { kind: 'grid' } });
    expect(road.demand.count).toBeGreaterThan(148);
  });

  it('weights demand by hazard and keeps sites out of excluded hazard zones and the sea', async () => {
    const plain = await sites({ k: 1, exact: false });
    const weighted = await sites({
      k: 1,
      exact: false,
      demand: { hazardWeights: { types: { landslide: 1, tsunami: 1, flood: 1 } } },
    });
    expect(weighted.demand.weight).toBeGreaterThan(plain.demand.weight);
    const excluded = await sites({
      k: 1,
      exact: false,
      candidates: {
        exclude: { hazardTypes: ['tsunami', 'landslide', 'flood', 'volcanic'], minLevel: 'sedang' },
      },
    });
    expect(excluded.candidateCount).toBeLessThan(plain.candidateCount);
    // Off Singaraja's shore, inside the study area's 2 km margin: a marked site at sea is no candidate.
    const atSea = { type: 'Point', coordinates: [115.09, -8.1] };
    const e = expectError(
      await t.api.post('/api/planning/sites', {
        candidates: { sources: ['marked'], marked: [{ point: atSea }] },
      }),
      422,
      'validation_failed',
    );
    expect(e.error.details[0]?.path).toBe('body.candidates');
  });

  it('gives each site the hazard-zone land it newly covers, in whole grid cells, each cell once', async () => {
    const r = await sites({ k: 3, exact: false });
    const coverage = await t.api.post('/api/coverage', { modes: ['travelTime'], gaps: false });
    expect(coverage.status, coverage.text).toBe(200);
    const cellKm2 = ((coverage.json as { cellSizeM: number }).cellSizeM / 1000) ** 2;
    let total = 0;
    for (const s of r.sites) {
      const km2 = s.newlyCoveredHazardAreaKm2;
      expect(Math.abs(km2 / cellKm2 - Math.round(km2 / cellKm2))).toBeLessThan(1e-6);
      const byType = s.newlyCoveredHazards.map((h) => h.areaKm2);
      // A cell in zones of two types counts once in the total, once in each type.
      expect(km2).toBeLessThanOrEqual(byType.reduce((a, b) => a + b, 0) + 1e-9);
      for (const a of byType) expect(a).toBeLessThanOrEqual(km2 + 1e-9);
      total += km2;
    }
    expect(total).toBeGreaterThan(0);
    // A site standing on an existing post brings no land inside the straight radius that the post did not.
    const posts = await t.api.get('/api/posts');
    const operational = (
      posts.json as { features: { geometry: { coordinates: number[] }; properties: { status: string } }[] }
    ).features.find((f) => f.properties.status === 'operational');
    const atPost = await sites({
      k: 1,
      exact: false,
      standard: { mode: 'wmkRadius', radiusM: 7_500 },
      candidates: { sources: ['marked'], marked: [{ point: operational?.geometry }] },
    });
    expect(atPost.value).toBe(atPost.baseline);
    expect(atPost.sites.reduce((sum, s) => sum + s.newlyCoveredHazardAreaKm2, 0)).toBe(0);
  });

  it('keeps to a budget: an upgrade and new sites priced apart', async () => {
    const r = await sites({ budget: { newSiteCost: 3, upgradeCost: 1, cap: 4 } });
    expect(r.sites.reduce((sum, s) => sum + s.price, 0)).toBeLessThanOrEqual(4);
  });
});

describe('POST /api/planning/sites: errors', () => {
  it('refuses set covering that no site can satisfy, naming the demand left out', async () => {
    const e = expectError(
      await t.api.post('/api/planning/sites', {
        objective: 'lscp',
        standard: { mode: 'travelTime', minutes: 1 },
      }),
      422,
      'validation_failed',
    );
    expect(e.error.message).toMatch(/Set covering has no answer/);
    expect(e.error.details.length).toBeGreaterThan(0);
    expect(e.error.details[0]?.path).toBe('body.standard');
  });

  it('refuses an empty candidate list', async () => {
    const e = expectError(
      await t.api.post('/api/planning/sites', { candidates: { sources: ['marked'] } }),
      422,
      'validation_failed',
    );
    expect(e.error.details[0]?.path).toBe('body.candidates');
  });

  it('refuses a budget of zero', async () => {
    const e = expectError(
      await t.api.post('/api/planning/sites', { budget: { newSiteCost: 1, upgradeCost: 1, cap: 0 } }),
      422,
      'validation_failed',
    );
    expect(JSON.stringify(e.error.details)).toMatch(/budget/);
  });

  it('refuses a marked site outside the study area', async () => {
    const far = { type: 'Point', coordinates: [110, -7] };
    expectError(
      await t.api.post('/api/planning/sites', {
        candidates: { sources: ['marked'], marked: [{ point: far }] },
      }),
      422,
      'out_of_study_area',
    );
  });
});
