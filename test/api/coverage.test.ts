import { adminAreas, hazardZones, posts, roads } from '@siaga/db';
import { buildCoverageModel, buildGraph, computeCoverage, FIRE_ENGINE, polygonProblems } from '@siaga/geo';
import { CoverageResponse } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { expectError } from './support/api_client.ts';
import { useTestApp } from './support/test_app.ts';

const t = useTestApp({ seeded: true });

const coverage = async (body: Record<string, unknown>) => {
  const answer = await t.api.post('/api/coverage', body);
  expect(answer.status, answer.text).toBe(200);
  return CoverageResponse.parse(answer.json);
};

describe('POST /api/coverage: happy paths', () => {
  it('reports operational posts by travel time, equal to @siaga/geo on the same data', async () => {
    const r = await coverage({ modes: ['travelTime'] });
    expect(r.wmkRadius).toBeNull();
    const operational = await posts.list(t.database.db, { status: ['operational'] });
    expect(r.posts.map((p) => p.id)).toEqual(operational.map((p) => p.properties.id));
    const model = buildCoverageModel(
      {
        graph: buildGraph(await roads.list(t.database.db)),
        adminAreas: await adminAreas.list(t.database.db),
        hazardZones: await hazardZones.list(t.database.db),
      },
      { profile: FIRE_ENGINE },
    );
    const direct = computeCoverage(
      model,
      operational.map((p) => ({
        id: p.properties.id,
        position: p.geometry.coordinates,
        turnoutSeconds: p.properties.turnoutSeconds,
      })),
      { modes: ['travel_time'], gaps: false },
    );
    expect(r.travelTime?.levels.map((l) => l.populationShare)).toEqual(
      direct.travelTime?.levels.map((l) => l.populationShare),
    );
    expect(r.travelTime?.kecamatan).toHaveLength(9);
    expect(r.travelTime?.levels[0]?.gaps).toBeNull();
  });

  it('adds candidates (never lowering coverage) and traces gaps on request', async () => {
    const base = await coverage({ modes: ['travelTime', 'wmkRadius'] });
    const more = await coverage({
      modes: ['travelTime', 'wmkRadius'],
      candidates: [{ name: 'Pos Tejakula', point: { type: 'Point', coordinates: [115.33, -8.13] } }],
      gaps: true,
    });
    expect(more.posts.at(-1)).toMatchObject({ id: 'candidate-1', name: 'Pos Tejakula', source: 'candidate' });
    const share = (r: CoverageResponse, j: number) => r.travelTime?.levels[j]?.populationShare ?? 0;
    for (const j of [0, 1, 2]) expect(share(more, j)).toBeGreaterThanOrEqual(share(base, j));
    expect(more.wmkRadius?.levels[0]?.areaShare).toBeGreaterThanOrEqual(
      base.wmkRadius?.levels[0]?.areaShare ?? 0,
    );
    const gaps = more.travelTime?.levels[0]?.gaps;
    expect(gaps?.type).toBe('MultiPolygon');
    expect(polygonProblems(gaps?.coordinates ?? [])).toEqual([]);
  });

  it('uses exactly the posts asked for', async () => {
    const [one] = await posts.list(t.database.db, { status: ['planned'] });
    if (one === undefined) throw new Error('the seed has planned posts');
    const r = await coverage({ postIds: [one.properties.id], modes: ['wmkNetwork'] });
    expect(r.posts.map((p) => p.id)).toEqual([one.properties.id]);
    expect(r.wmkNetwork?.unit).toBe('metres');
  });
});

describe('POST /api/coverage: errors', () => {
  it('answers 404 naming unknown post ids', async () => {
    const unknown = '00000000-0000-4000-8000-000000000001';
    const e = expectError(await t.api.post('/api/coverage', { postIds: [unknown] }), 404, 'not_found');
    expect(e.error.message).toContain(unknown);
  });

  it('refuses an empty post set with a clear message', async () => {
    const e = expectError(
      await t.api.post('/api/coverage', { postStatus: ['closed'] }),
      422,
      'validation_failed',
    );
    expect(e.error.message).toContain('No posts');
  });

  it('refuses a candidate outside the study area, and thresholds not ascending', async () => {
    const far = { point: { type: 'Point', coordinates: [116.1, -8.6] } };
    const e = expectError(await t.api.post('/api/coverage', { candidates: [far] }), 422, 'out_of_study_area');
    expect(e.error.details[0]?.path).toBe('body.candidates.0.point');
    expectError(await t.api.post('/api/coverage', { thresholdsMin: [15, 10] }), 422, 'validation_failed');
  });
});
