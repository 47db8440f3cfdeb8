import { incidents, posts, roads } from '@siaga/db';
import { buildGraph, closestFacility, FIRE_ENGINE } from '@siaga/geo';
import { ClosestResponse } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { expectError } from './support/api_client.ts';
import { useTestApp } from './support/test_app.ts';

/** Desa Mengening, Kec. Kubutambahan: the 2023 landslides. */
const mengening: [number, number] = [115.2441, -8.1597];

const t = useTestApp({ seeded: true });

const closest = async (body: Record<string, unknown>) => {
  const answer = await t.api.post('/api/routing/closest', body);
  expect(answer.status, answer.text).toBe(200);
  return ClosestResponse.parse(answer.json);
};

describe('POST /api/routing/closest: happy paths', () => {
  it('ranks posts and caches by ETA, with routes from the facility to the incident and named steps', async () => {
    const r = await closest({ incident: { type: 'Point', coordinates: mengening } });
    expect(r.incident.routable).toBe(true);
    const results = r.posts?.results ?? [];
    expect(results).toHaveLength(3);
    expect(results.map((x) => x.rank)).toEqual([1, 2, 3]);
    for (let i = 1; i < results.length; i++)
      expect(results[i]?.etaS).toBeGreaterThanOrEqual(results[i - 1]?.etaS ?? 0);
    for (const x of results) {
      expect(x.facility.properties.status).toBe('operational');
      expect(x.etaS).toBeCloseTo(x.turnoutS + x.travelS, 6);
      expect(x.turnoutS).toBe(x.facility.properties.turnoutSeconds);
      expect(x.route.coordinates[0]).toEqual(x.facility.geometry.coordinates);
      expect(x.route.coordinates.at(-1)).toEqual(mengening);
      expect(x.steps.some((s) => s.kind === 'road')).toBe(true);
    }
    expect(r.caches?.results.length).toBeGreaterThan(0);
  });

  it('answers the same ETAs as @siaga/geo on the same roads and posts', async () => {
    const r = await closest({ incident: { type: 'Point', coordinates: mengening }, layer: 'posts', k: 5 });
    expect(r.caches).toBeNull();
    const graph = buildGraph(await roads.list(t.database.db));
    const operational = await posts.list(t.database.db, { status: ['operational'] });
    const direct = closestFacility(
      graph,
      FIRE_ENGINE,
      mengening,
      operational.map((p) => ({
        id: p.properties.id,
        point: p.geometry.coordinates,
        turnoutSeconds: p.properties.turnoutSeconds,
      })),
      { k: 5 },
    );
    expect(r.posts?.results.map((x) => [x.facility.properties.id, x.etaS, x.distanceM])).toEqual(
      direct.routes.map((d) => [d.facilityId, d.etaS, d.distanceM]),
    );
  });

  it('never shortens a route when a road is closed, and reroutes or drops the facility', async () => {
    const incident = { type: 'Point', coordinates: mengening };
    const open = await closest({ incident, layer: 'posts', k: 10 });
    const first = open.posts?.results[0];
    if (first === undefined) throw new Error('no route');
    const middle = first.route.coordinates[Math.floor(first.route.coordinates.length / 2)] ?? [0, 0];
    const closed = await closest({
      incident,
      layer: 'posts',
      k: 10,
      closures: [{ type: 'Point', coordinates: middle }],
    });
    const before = new Map(open.posts?.results.map((x) => [x.facility.properties.id, x.etaS]));
    for (const x of closed.posts?.results ?? [])
      expect(x.etaS).toBeGreaterThanOrEqual((before.get(x.facility.properties.id) ?? 0) - 1e-6);
    const after = closed.posts?.results.find(
      (x) => x.facility.properties.id === first.facility.properties.id,
    );
    expect(after === undefined || after.etaS > first.etaS).toBe(true);
  });

  it('filters caches by available stock, and a cache at a post takes that post turnout', async () => {
    const r = await closest({
      incident: { type: 'Point', coordinates: mengening },
      layer: 'caches',
      k: 20,
      itemType: 'chainsaw',
      minAvailable: 2,
    });
    expect(r.posts).toBeNull();
    const all = await posts.list(t.database.db);
    const turnout = new Map(all.map((p) => [p.properties.id, p.properties.turnoutSeconds]));
    const results = r.caches?.results ?? [];
    expect(results.length).toBeGreaterThan(0);
    for (const x of results) {
      const saws = x.facility.properties.items
        .filter((i) => i.itemType === 'chainsaw')
        .reduce((n, i) => n + i.quantityAvailable, 0);
      expect(saws).toBeGreaterThanOrEqual(2);
      const postId = x.facility.properties.postId;
      expect(x.turnoutS).toBe(postId === null ? 0 : turnout.get(postId));
    }
  });

  it('meets a requirement of several items from one cache or the fastest combination', async () => {
    const items = [
      { itemType: 'chainsaw', quantity: 2 },
      { itemType: 'generator', quantity: 1 },
      { itemType: 'tent', quantity: 10 },
    ];
    const r = await closest({ incident: { type: 'Point', coordinates: mengening }, layer: 'caches', items });
    const req = r.requirement;
    expect(req?.items).toEqual(items);
    expect(['one_cache', 'combination', 'short']).toContain(req?.outcome);
    const members = new Set(req?.members.map((m) => m.cacheId));
    if (req?.outcome !== 'short') {
      expect(r.caches?.results.map((x) => x.facility.properties.id).sort()).toEqual([...members].sort());
      expect(req?.etaS).toBe(Math.max(...(r.caches?.results ?? []).map((x) => x.etaS)));
      for (const item of items) {
        const taken = req?.members.flatMap((m) => m.take).filter((x) => x.itemType === item.itemType);
        expect(taken?.reduce((n, x) => n + x.quantity, 0)).toBe(item.quantity);
      }
    }
    for (const x of r.caches?.results ?? [])
      expect(x.ready.map((c) => c.itemType)).toEqual(items.map((i) => i.itemType));
    expectError(
      await t.api.post('/api/routing/closest', {
        incident: { type: 'Point', coordinates: mengening },
        items,
        itemType: 'tent',
      }),
      422,
      'validation_failed',
    );
  });

  it('routes to a stored incident by id', async () => {
    const [stored] = await incidents.list(t.database.db, {});
    if (stored === undefined) throw new Error('the seed has incidents');
    const r = await closest({ incident: { incidentId: stored.properties.id }, layer: 'posts', k: 1 });
    expect(r.incident.point).toEqual(stored.geometry);
    expect(r.posts?.results).toHaveLength(1);
  });
});

describe('POST /api/routing/closest: errors', () => {
  it('refuses a point outside the study area (more than 2 km outside the kabupaten)', async () => {
    const lombok = { type: 'Point', coordinates: [116.1, -8.6] };
    const e = expectError(
      await t.api.post('/api/routing/closest', { incident: lombok }),
      422,
      'out_of_study_area',
    );
    expect(e.error.details[0]?.path).toBe('body.incident');
  });

  it('answers 404 for an unknown incident id', async () => {
    const answer = await t.api.post('/api/routing/closest', {
      incident: { incidentId: '00000000-0000-4000-8000-000000000000' },
    });
    expectError(answer, 404, 'not_found');
  });

  it('refuses minAvailable without itemType, k out of range and an unknown profile', async () => {
    const incident = { type: 'Point', coordinates: mengening };
    expectError(
      await t.api.post('/api/routing/closest', { incident, minAvailable: 2 }),
      422,
      'validation_failed',
    );
    expectError(await t.api.post('/api/routing/closest', { incident, k: 21 }), 422, 'validation_failed');
    expectError(
      await t.api.post('/api/routing/closest', { incident, profile: 'tank' }),
      422,
      'validation_failed',
    );
  });
});
