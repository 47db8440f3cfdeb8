import { randomUUID } from 'node:crypto';
import { type Database, posts } from '@siaga/db';
import { freshDatabase } from '@siaga/db/testing';
import { PostFeature, SiagaError } from '@siaga/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshRegion, postInput, testActor } from '../support/db_fixtures.ts';
import { roundTrip } from './round_trip.ts';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database?.close());

describe('posts', () => {
  it('round-trips a post with a client-supplied id, rounding output to 7 decimals', async () => {
    const input = postInput('Pos Induk Damkar', [115.0901234567, -8.1123456789], {
      staff: 12,
      address: 'Jl. Dahlia',
      desaCode: '51.08.06.1011',
    });
    const created = await roundTrip(posts, PostFeature, database.db, input);
    expect(created.geometry).toEqual({ type: 'Point', coordinates: [115.0901235, -8.1123457] });
    expect(created.properties).toMatchObject({
      ...input.properties,
      id: input.id,
    });
  });

  it('drops an elevation value', async () => {
    const input = postInput('Pos with Z', [115.1, -8.1]);
    const [created] = await posts.create(
      database.db,
      [{ ...input, geometry: { type: 'Point', coordinates: [115.1, -8.1, 120] } }],
      testActor,
    );
    expect(created?.geometry.coordinates).toEqual([115.1, -8.1]);
  });

  it('generates an id when none is given', async () => {
    const { id: _id, ...input } = postInput('Pos without id', [115.2, -8.1]);
    const [created] = await posts.create(database.db, [input], testActor);
    expect(created?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created?.properties.id).toBe(created?.id);
  });

  it('filters by bbox, status and kind', async () => {
    const { lon, lat, bbox } = freshRegion();
    const inside = postInput('A inside', [lon, lat], { status: 'operational', kind: 'bpbd_post' });
    const planned = postInput('B planned', [lon + 0.01, lat], { status: 'planned' });
    const outside = postInput('C outside', [lon + 0.05, lat]);
    await posts.create(database.db, [inside, planned, outside], testActor);
    const ids = (fs: PostFeature[]) => fs.map((f) => f.id);
    expect(ids(await posts.list(database.db, { bbox }))).toEqual([inside.id, planned.id]);
    expect(ids(await posts.list(database.db, { bbox, status: ['planned'] }))).toEqual([planned.id]);
    expect(ids(await posts.list(database.db, { bbox, kind: ['bpbd_post'] }))).toEqual([inside.id]);
    expect(
      ids(
        await posts.list(database.db, { bbox, status: ['operational', 'planned'], kind: ['fire_station'] }),
      ),
    ).toEqual([planned.id]);
  });

  it('updates only the given fields and bumps updatedAt', async () => {
    const input = postInput('Pos Seririt', [114.94, -8.19], { staff: 5, notes: 'old' });
    const [created] = await posts.create(database.db, [input], testActor);
    const updated = await posts.update(
      database.db,
      input.id as string,
      {
        properties: { staff: 7, notes: null },
        geometry: { type: 'Point', coordinates: [114.95, -8.2] },
      },
      testActor,
    );
    expect(updated?.properties).toMatchObject({ name: 'Pos Seririt', staff: 7, notes: null });
    expect(updated?.geometry.coordinates).toEqual([114.95, -8.2]);
    expect(updated?.properties.createdAt).toBe(created?.properties.createdAt);
    expect(Date.parse(updated?.properties.updatedAt ?? '')).toBeGreaterThan(
      Date.parse(created?.properties.updatedAt ?? ''),
    );
  });

  it('answers null/false for unknown or malformed ids', async () => {
    const unknown = randomUUID();
    expect(await posts.get(database.db, unknown)).toBeNull();
    expect(await posts.get(database.db, 'not-a-uuid')).toBeNull();
    expect(await posts.update(database.db, unknown, { properties: { staff: 1 } }, testActor)).toBeNull();
    expect(await posts.remove(database.db, unknown, testActor)).toBe(false);
    expect(await posts.remove(database.db, 'x', testActor)).toBe(false);
  });

  it('removes a post', async () => {
    const input = postInput('Pos to close', [115.3, -8.1]);
    await posts.create(database.db, [input], testActor);
    expect(await posts.remove(database.db, input.id as string, testActor)).toBe(true);
    expect(await posts.get(database.db, input.id as string)).toBeNull();
  });

  it('refuses a duplicate id with conflict and writes none of the batch', async () => {
    const { lon, lat, bbox } = freshRegion();
    const first = postInput('First', [lon, lat]);
    await posts.create(database.db, [first], testActor);
    const fresh = postInput('Fresh', [lon + 0.01, lat]);
    const error = await posts
      .create(database.db, [fresh, { ...postInput('Dup', [lon, lat]), id: first.id }], testActor)
      .catch((e) => e);
    expect(error).toBeInstanceOf(SiagaError);
    expect(error.code).toBe('conflict');
    expect(error.details[0].path).toBe('features.1.id');
    expect((await posts.list(database.db, { bbox })).map((f) => f.id)).toEqual([first.id]);
  });

  it('writes nothing when one feature of a bulk create has an invalid geometry', async () => {
    const { lon, lat, bbox } = freshRegion();
    const good = postInput('Good', [lon, lat]);
    const bad = {
      ...postInput('Bad', [lon, lat]),
      geometry: { type: 'Point' as const, coordinates: [lon, 95] as [number, number] },
    };
    const error = await posts.create(database.db, [good, bad], testActor).catch((e) => e);
    expect(error).toBeInstanceOf(SiagaError);
    expect(error.code).toBe('invalid_geometry');
    expect(error.details).toEqual([
      { path: 'features.1.geometry', message: expect.stringContaining('latitude') },
    ]);
    expect(await posts.list(database.db, { bbox })).toEqual([]);
  });

  it('refuses values the CHECK constraints forbid even when zod is bypassed', async () => {
    const input = postInput('Bad kind', [115, -8.1]);
    const error = await posts
      .create(
        database.db,
        [{ ...input, properties: { ...input.properties, kind: 'castle' as 'fire_station' } }],
        testActor,
      )
      .catch((e) => e);
    expect(error).toBeInstanceOf(SiagaError);
    expect(error.code).toBe('validation_failed');
    expect(await posts.get(database.db, input.id as string)).toBeNull();
  });
});
