import { caches, type Database, nearest, posts } from '@siaga/db';
import { freshDatabase } from '@siaga/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheInput, haversineM, postInput, testActor } from '../support/db_fixtures.ts';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database?.close());

// Around Mengening (Kubutambahan). Offsets run east-west or diagonally: along a meridian the spheroid and the
// haversine sphere differ by ~0.55 % at this latitude, more than the tolerance this test checks.
const origin: [number, number] = [115.242, -8.158];
const at = (dLon: number, dLat: number): [number, number] => [origin[0] + dLon, origin[1] + dLat];

describe('nearest', () => {
  it('returns posts nearest first with geodesic distances in metres', async () => {
    const places = {
      far: at(0.3, 0.3),
      near: at(0.01, 0),
      middle: at(-0.05, -0.05),
      closedNearest: at(0.002, 0.002),
      next: at(0.08, 0),
    };
    await posts.create(
      database.db,
      [
        postInput('far', places.far),
        postInput('near', places.near),
        postInput('middle', places.middle),
        postInput('closedNearest', places.closedNearest, { status: 'closed' }),
        postInput('next', places.next),
      ],
      testActor,
    );
    const all = await nearest(database.db, { lon: origin[0], lat: origin[1], k: 3, layer: 'posts' });
    expect(all.map((r) => r.feature.properties.name)).toEqual(['closedNearest', 'near', 'middle']);
    const open = await nearest(database.db, {
      ...{ lon: origin[0], lat: origin[1] },
      k: 10,
      layer: 'posts',
      status: ['operational'],
    });
    expect(open.map((r) => r.feature.properties.name)).toEqual(['near', 'middle', 'next', 'far']);
    for (const r of open) {
      const expected = haversineM(origin, places[r.feature.properties.name as keyof typeof places]);
      expect(Math.abs(r.distanceM / expected - 1)).toBeLessThan(0.005);
    }
  });

  it('finds the nearest caches that stock an item', async () => {
    const saw = (n: number) => [{ itemType: 'chainsaw', quantity: n, quantityAvailable: n }];
    await caches.create(
      database.db,
      [
        cacheInput('one saw, nearest', at(0.001, 0.001), saw(1)),
        cacheInput('two saws', at(0.02, 0), saw(2)),
        cacheInput('no saws', at(0.0005, 0)),
        cacheInput('three saws, far', at(0.1, 0.1), saw(3)),
      ],
      testActor,
    );
    const found = await nearest(database.db, {
      lon: origin[0],
      lat: origin[1],
      k: 5,
      layer: 'caches',
      itemType: 'chainsaw',
      minAvailable: 2,
    });
    expect(found.map((r) => r.feature.properties.name)).toEqual(['two saws', 'three saws, far']);
    expect(found[0]?.layer).toBe('caches');
    expect(found[0]?.feature.properties).toHaveProperty('items');
    expect(Math.abs((found[0]?.distanceM ?? 0) / haversineM(origin, at(0.02, 0)) - 1)).toBeLessThan(0.005);
    expect(await nearest(database.db, { lon: origin[0], lat: origin[1], k: 0, layer: 'caches' })).toEqual([]);
  });
});
