import { randomUUID } from 'node:crypto';
import { audit, cacheItems, caches, type Database, executeRows, posts } from '@siaga/db';
import { freshDatabase } from '@siaga/db/testing';
import { SiagaError, VersionConflict } from '@siaga/schema';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheInput, freshRegion, postInput, testActor } from '../support/db_fixtures.ts';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database?.close());

const auditCount = async () =>
  (await executeRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM audit_log`))[0]?.n;

describe('audit log', () => {
  it('records create, update and delete with the feature before and after, newest first', async () => {
    const { lon, lat } = freshRegion();
    const input = postInput('Pos Audit', [lon, lat]);
    const [created] = await posts.create(database.db, [input], testActor);
    const updated = await posts.update(
      database.db,
      input.id as string,
      { properties: { staff: 9 } },
      testActor,
    );
    await posts.remove(database.db, input.id as string, testActor);
    const entries = await audit.list(database.db, { entity: 'post', entityId: input.id as string });
    expect(entries.map((e) => e.action)).toEqual(['delete', 'update', 'create']);
    const [removal, change, creation] = entries;
    expect(creation).toMatchObject({ before: null, after: created, actorName: 'test', via: 'system' });
    expect(change).toMatchObject({ before: created, after: updated });
    expect(removal).toMatchObject({ before: updated, after: null });
    expect(
      await audit.list(database.db, { entity: 'post', entityId: input.id as string, limit: 1, offset: 1 }),
    ).toEqual([change]);
  });

  it('filters by actor and period', async () => {
    const { lon, lat } = freshRegion();
    const name = `petugas-${randomUUID().slice(0, 6)}`;
    const from = new Date().toISOString();
    await posts.create(database.db, [postInput('Pos A', [lon, lat])], { ...testActor, name });
    const mine = await audit.list(database.db, { actor: name, from });
    expect(mine).toHaveLength(1);
    expect(await audit.list(database.db, { actor: name, to: from })).toEqual([]);
  });

  it('refuses UPDATE, DELETE and TRUNCATE, whoever asks', async () => {
    await posts.create(database.db, [postInput('Pos B', [freshRegion().lon, 0])], testActor);
    const before = await auditCount();
    for (const statement of [
      sql`UPDATE audit_log SET actor_name = 'someone else'`,
      sql`DELETE FROM audit_log`,
      sql`TRUNCATE audit_log`,
    ]) {
      const error: Error = await database.db.execute(statement).then(
        () => new Error('not refused'),
        (e: Error) => e,
      );
      expect(`${error.message} ${(error.cause as Error | undefined)?.message}`).toMatch(
        /audit_log is append-only/,
      );
    }
    expect(await auditCount()).toBe(before);
  });
});

describe('versions', () => {
  it('start at 1 and are bumped by every update', async () => {
    const { lon, lat } = freshRegion();
    const input = postInput('Pos V', [lon, lat]);
    const [created] = await posts.create(database.db, [input], testActor);
    expect(created?.properties.version).toBe(1);
    const once = await posts.update(
      database.db,
      input.id as string,
      { properties: { staff: 1 } },
      testActor,
      {
        ifVersion: 1,
      },
    );
    const twice = await posts.update(
      database.db,
      input.id as string,
      { properties: { staff: 2 } },
      testActor,
    );
    expect([once?.properties.version, twice?.properties.version]).toEqual([2, 3]);
  });

  it('refuse a stale update or delete with the current version, writing nothing, audit included', async () => {
    const { lon, lat } = freshRegion();
    const input = postInput('Pos Konflik', [lon, lat]);
    await posts.create(database.db, [input], testActor);
    const current = await posts.update(
      database.db,
      input.id as string,
      { properties: { staff: 5 } },
      testActor,
    );
    const entries = await auditCount();
    const stale = await posts
      .update(database.db, input.id as string, { properties: { staff: 99 } }, testActor, { ifVersion: 1 })
      .catch((e) => e);
    expect(stale).toBeInstanceOf(VersionConflict);
    expect(stale).toBeInstanceOf(SiagaError);
    expect(stale.code).toBe('precondition_failed');
    expect(stale.currentVersion).toBe(2);
    expect(stale.details).toEqual([{ path: 'version', message: '2' }]);
    const removal = await posts
      .remove(database.db, input.id as string, testActor, { ifVersion: 3 })
      .catch((e) => e);
    expect(removal.code).toBe('precondition_failed');
    expect(await posts.get(database.db, input.id as string)).toEqual(current);
    expect(await auditCount()).toBe(entries);
    expect(await posts.remove(database.db, input.id as string, testActor, { ifVersion: 2 })).toBe(true);
  });

  it('apply to cache items, without bumping the cache', async () => {
    const { lon, lat } = freshRegion();
    const input = cacheInput(
      'Gudang V',
      [lon, lat],
      [{ itemType: 'tent', quantity: 4, quantityAvailable: 4 }],
    );
    const [cache] = await caches.create(database.db, [input], testActor);
    const item = cache?.properties.items[0];
    const cacheId = input.id as string;
    const itemId = item?.id as string;
    const updated = await cacheItems.update(database.db, cacheId, itemId, { quantity: 6 }, testActor, {
      ifVersion: 1,
    });
    expect(updated).toMatchObject({ quantity: 6, version: 2 });
    const stale = await cacheItems
      .update(database.db, cacheId, itemId, { quantity: 1 }, testActor, { ifVersion: 1 })
      .catch((e) => e);
    expect(stale.code).toBe('precondition_failed');
    const gone = await cacheItems
      .remove(database.db, cacheId, itemId, testActor, { ifVersion: 1 })
      .catch((e) => e);
    expect(gone.code).toBe('precondition_failed');
    const after = await caches.get(database.db, cacheId);
    expect(after?.properties.version).toBe(1);
    expect(after?.properties.items).toEqual([updated]);
    const entries = await audit.list(database.db, { entity: 'cache_item', entityId: itemId });
    // Items written with their cache are part of the cache's own create entry.
    expect(entries.map((e) => e.action)).toEqual(['update']);
    const [created] = await audit.list(database.db, { entity: 'cache', entityId: cacheId });
    expect(created).toMatchObject({ action: 'create', after: { properties: { items: [item] } } });
  });

  it('serialise concurrent writers with the same If-Match: exactly one wins', async () => {
    const { lon, lat } = freshRegion();
    const input = postInput('Pos Balapan', [lon, lat]);
    await posts.create(database.db, [input], testActor);
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        posts.update(database.db, input.id as string, { properties: { staff: i + 1 } }, testActor, {
          ifVersion: 1,
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 'rejected'))
      expect((r as PromiseRejectedResult).reason.code).toBe('precondition_failed');
    expect((await posts.get(database.db, input.id as string))?.properties.version).toBe(2);
  });
});
