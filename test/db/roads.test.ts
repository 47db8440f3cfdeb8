import { randomUUID } from 'node:crypto';
import { audit, type Database, roads } from '@siaga/db';
import { freshDatabase } from '@siaga/db/testing';
import { RoadFeature, SiagaError } from '@siaga/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshRegion, haversineM, roadInput, testActor } from '../support/db_fixtures.ts';
import { roundTrip } from './round_trip.ts';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database?.close());

describe('roads', () => {
  it('round-trips a road with its length in metres', async () => {
    const { lon, lat, bbox } = freshRegion();
    const coords: [number, number][] = [
      [lon, lat],
      [lon + 0.01, lat],
      [lon + 0.01, lat + 0.005],
    ];
    const id = randomUUID();
    const input = {
      ...roadInput(`test:${id}`, coords, {
        name: 'Jalan Raya',
        oneway: 'forward',
        maxspeedKmh: 40,
        surface: 'asphalt',
      }),
      id,
    };
    const created = await roundTrip(roads, RoadFeature, database.db, input);
    expect(created.properties).toMatchObject({
      name: 'Jalan Raya',
      oneway: 'forward',
      maxspeedKmh: 40,
      sourceId: `test:${id}`,
    });
    const expected =
      haversineM(coords[0] as [number, number], coords[1] as [number, number]) +
      haversineM(coords[1] as [number, number], coords[2] as [number, number]);
    expect(Math.abs(created.properties.lengthM / expected - 1)).toBeLessThan(0.005);
    expect(await roads.list(database.db, { bbox })).toEqual([created]);
  });

  it('pages with limit and offset in sourceId order and counts', async () => {
    const { lon, lat, bbox } = freshRegion();
    const before = await roads.count(database.db);
    const line = (dx: number) => [
      [lon + dx, lat],
      [lon + dx, lat + 0.01],
    ];
    await roads.create(
      database.db,
      [
        roadInput(`p:${lon}:c`, line(0.002)),
        roadInput(`p:${lon}:a`, line(0)),
        roadInput(`p:${lon}:b`, line(0.001)),
      ],
      testActor,
    );
    expect(await roads.count(database.db)).toBe(before + 3);
    const page = await roads.list(database.db, { bbox, limit: 2, offset: 1 });
    expect(page.map((r) => r.properties.sourceId)).toEqual([`p:${lon}:b`, `p:${lon}:c`]);
  });

  it('refuses a duplicate sourceId as a conflict naming the feature, writing nothing', async () => {
    const { lon, lat, bbox } = freshRegion();
    const line = [
      [lon, lat],
      [lon + 0.01, lat],
    ];
    await roads.create(database.db, [roadInput(`dup:${lon}`, line)], testActor);
    const error = await roads
      .create(database.db, [roadInput(`new:${lon}`, line), roadInput(`dup:${lon}`, line)], testActor)
      .catch((e) => e);
    expect(error).toBeInstanceOf(SiagaError);
    expect(error.code).toBe('conflict');
    expect(error.details[0].path).toBe('features.1.properties.sourceId');
    expect((await roads.list(database.db, { bbox })).map((r) => r.properties.sourceId)).toEqual([
      `dup:${lon}`,
    ]);
  });

  it('inserts without reading rows back, answering the ids in input order, and audits one summary', async () => {
    const { lon, lat, bbox } = freshRegion();
    const name = `import-${randomUUID().slice(0, 6)}`;
    const line = (dx: number) => [
      [lon + dx, lat],
      [lon + dx, lat + 0.01],
    ];
    const id = randomUUID();
    const ids = await roads.insert(
      database.db,
      [{ ...roadInput(`i:${lon}:b`, line(0.001)), id }, roadInput(`i:${lon}:a`, line(0))],
      { ...testActor, name },
    );
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(id);
    const stored = await roads.list(database.db, { bbox });
    expect(stored.map((r) => [r.id, r.properties.sourceId])).toEqual([
      [ids[1], `i:${lon}:a`],
      [ids[0], `i:${lon}:b`],
    ]);
    expect(stored[0]?.properties.lengthM).toBeGreaterThan(1_000);
    const entries = await audit.list(database.db, { actor: name });
    expect(entries.map((e) => [e.entity, e.action, e.after])).toEqual([['road', 'create', { count: 2 }]]);
    expect(await roads.insert(database.db, [], testActor)).toEqual([]);
  });

  it('inserts nothing when one road is refused', async () => {
    const { lon, lat, bbox } = freshRegion();
    const line = [
      [lon, lat],
      [lon + 0.01, lat],
    ];
    await roads.insert(database.db, [roadInput(`idup:${lon}`, line)], testActor);
    const error = await roads
      .insert(database.db, [roadInput(`inew:${lon}`, line), roadInput(`idup:${lon}`, line)], testActor)
      .catch((e) => e);
    expect(error).toBeInstanceOf(SiagaError);
    expect(error.code).toBe('conflict');
    expect(error.details[0].path).toBe('features.1.properties.sourceId');
    expect(await roads.list(database.db, { bbox })).toHaveLength(1);
  });
});
