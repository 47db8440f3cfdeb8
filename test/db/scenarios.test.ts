import { audit, type Database, executeRows, posts, scenarios } from '@siaga/db';
import { freshDatabase } from '@siaga/db/testing';
import { type ScenarioDocument, SiagaError, VersionConflict } from '@siaga/schema';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testActor } from '../support/db_fixtures.ts';
import { scenarioDocument } from '../support/scenario_document.ts';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database?.close());

const document = (extra: Partial<ScenarioDocument> = {}): ScenarioDocument =>
  scenarioDocument({ isochroneOf: 'K1', hazardWeights: { landslide: 2 }, ...extra });

const count = async (table: string) =>
  (await executeRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM ${sql.raw(table)}`))[0]
    ?.n;

describe('scenarios repository', () => {
  it('stores the document as given, bumps the version and audits each write', async () => {
    const a = await scenarios.create(database.db, { name: 'A', document: document() }, testActor);
    expect(a).toMatchObject({ name: 'A', author: 'test', version: 1, document: document() });
    const b = await scenarios.update(database.db, a.id, { name: 'A2' }, testActor, { ifVersion: 1 });
    expect(b).toMatchObject({ name: 'A2', version: 2, document: document() });
    await expect(
      scenarios.update(database.db, a.id, { name: 'x' }, testActor, { ifVersion: 1 }),
    ).rejects.toBeInstanceOf(VersionConflict);
    expect(
      await scenarios.update(database.db, '00000000-0000-4000-8000-000000000000', { name: 'x' }, testActor),
    ).toBeNull();
    expect(await scenarios.update(database.db, 'not-a-uuid', { name: 'x' }, testActor)).toBeNull();
    const entries = await audit.list(database.db, { entity: 'scenario', entityId: a.id });
    expect(entries.map((e) => e.action)).toEqual(['update', 'create']);
    expect(await scenarios.remove(database.db, a.id, testActor, { ifVersion: 2 })).toBe(true);
    expect(await scenarios.get(database.db, a.id)).toBeNull();
    expect((await audit.list(database.db, { entity: 'scenario', entityId: a.id }))[0]?.action).toBe('delete');
  });

  it('promotes a candidate: the post and the scenario change together or not at all', async () => {
    const a = await scenarios.create(database.db, { name: 'Promosi', document: document() }, testActor);
    const postsBefore = (await count('posts')) ?? 0;
    await expect(
      scenarios.promote(database.db, a.id, { candidateId: 'K1', kind: 'fire_station' }, testActor, {
        ifVersion: 7,
      }),
    ).rejects.toBeInstanceOf(VersionConflict);
    await expect(
      scenarios.promote(database.db, a.id, { candidateId: 'K9', kind: 'fire_station' }, testActor),
    ).rejects.toBeInstanceOf(SiagaError);
    expect(await count('posts')).toBe(postsBefore);
    const { scenario, post } = await scenarios.promote(
      database.db,
      a.id,
      { candidateId: 'K1', kind: 'bpbd_post' },
      testActor,
      { ifVersion: 1 },
    );
    expect(post.properties).toMatchObject({ name: 'Promosi K1', kind: 'bpbd_post', status: 'planned' });
    expect(scenario.document).toMatchObject({
      candidates: [],
      postStatuses: ['operational', 'planned'],
      isochroneOf: post.properties.id,
    });
    expect(await posts.get(database.db, post.properties.id)).not.toBeNull();
    expect(await count('posts')).toBe(postsBefore + 1);
  });

  it('lists newest first without documents, with counts', async () => {
    const older = await scenarios.create(database.db, { name: 'Lama', document: document() }, testActor);
    const newer = await scenarios.create(
      database.db,
      { name: 'Baru', document: document({ switchedOff: ['11111111-1111-4111-8111-111111111111'] }) },
      testActor,
    );
    const list = await scenarios.list(database.db);
    const ids = list.map((s) => s.id);
    expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
    expect(list.find((s) => s.id === newer.id)).toMatchObject({ candidateCount: 1, switchedOffCount: 1 });
    expect(list[0]).not.toHaveProperty('document');
    const copy = await scenarios.duplicate(database.db, older.id, undefined, testActor);
    expect(copy).toMatchObject({ name: 'Lama (2)', document: older.document });
  });
});
