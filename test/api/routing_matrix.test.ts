import { adminAreas, posts, roads } from '@siaga/db';
import { buildGraph, MOTORBIKE, travelTimeMatrix } from '@siaga/geo';
import { MatrixResponse } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { expectError } from './support/api_client.ts';
import { useTestApp } from './support/test_app.ts';

const t = useTestApp({ seeded: true });

describe('POST /api/routing/matrix', () => {
  it('answers travel seconds from operational posts to every desa', async () => {
    const answer = await t.api.post('/api/routing/matrix', {});
    expect(answer.status, answer.text).toBe(200);
    const m = MatrixResponse.parse(answer.json);
    const operational = await posts.list(t.database.db, { status: ['operational'] });
    expect(m.origins.map((o) => o.id)).toEqual(operational.map((p) => p.properties.id));
    expect(m.destinations.length).toBeGreaterThan(100);
    expect(m.destinations[0]?.code).toMatch(/^51\.08\.\d{2}\.\d{4}$/);
    expect(m.seconds).toHaveLength(m.origins.length);
    for (const row of m.seconds) expect(row).toHaveLength(m.destinations.length);
    expect(m.seconds.flat().some((s) => s !== null && s > 0)).toBe(true);
  });

  it('measures each desa at its stored label point', async () => {
    const byDesa = MatrixResponse.parse((await t.api.post('/api/routing/matrix', {})).json);
    const stored = await adminAreas.list(t.database.db, { level: 'desa', withGeometry: false });
    const pointOf = new Map(stored.map((a) => [a.properties.code, a.properties.labelPoint]));
    const destinations = byDesa.destinations.map((d) => pointOf.get(d.code ?? ''));
    expect(destinations.every((p) => p?.type === 'Point')).toBe(true);
    const byPoint = await t.api.post('/api/routing/matrix', { destinations });
    expect(byPoint.status, byPoint.text).toBe(200);
    expect(MatrixResponse.parse(byPoint.json).seconds).toEqual(byDesa.seconds);
  });

  it('equals @siaga/geo for given points and given posts', async () => {
    const [a, b] = await posts.list(t.database.db, { status: ['operational'] });
    if (a === undefined || b === undefined) throw new Error('the seed has operational posts');
    const destinations = [
      { type: 'Point' as const, coordinates: [115.2441, -8.1597] as [number, number] },
      { type: 'Point' as const, coordinates: [115.0262, -8.1608] as [number, number] },
    ];
    const answer = await t.api.post('/api/routing/matrix', {
      postIds: [b.properties.id, a.properties.id],
      destinations,
      profile: 'motorbike',
    });
    const m = MatrixResponse.parse(answer.json);
    expect(m.destinations).toEqual([
      { index: 0, name: null },
      { index: 1, name: null },
    ]);
    // Origins come in list order (by name), whatever order the ids were given in.
    expect(m.origins.map((o) => o.id)).toEqual([a.properties.id, b.properties.id]);
    const graph = buildGraph(await roads.list(t.database.db));
    const origins = m.origins.map(
      (o) => [a, b].find((p) => p.properties.id === o.id)?.geometry.coordinates ?? [],
    );
    const direct = travelTimeMatrix(
      graph,
      MOTORBIKE,
      origins,
      destinations.map((d) => d.coordinates),
    );
    expect(m.seconds.flat()).toEqual(Array.from(direct, (s) => (Number.isFinite(s) ? s : null)));
  });

  it('answers 404 naming unknown post ids, 422 for no posts and for points outside the study area', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const e = expectError(await t.api.post('/api/routing/matrix', { postIds: [unknown] }), 404, 'not_found');
    expect(e.error.message).toContain(unknown);
    expectError(
      await t.api.post('/api/routing/matrix', { postStatus: ['closed'] }),
      422,
      'validation_failed',
    );
    const outside = [{ type: 'Point', coordinates: [116.1, -8.6] }];
    expectError(await t.api.post('/api/routing/matrix', { destinations: outside }), 422, 'out_of_study_area');
  });
});
