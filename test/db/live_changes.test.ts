import { type Database, listenChanges, posts, type Unlisten } from '@siaga/db';
import { freshDatabase } from '@siaga/db/testing';
import type { LiveChange } from '@siaga/schema';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { postInput, testActor } from '../support/db_fixtures.ts';

let database: Database;
let stop: Unlisten | undefined;
const heard: LiveChange[] = [];

beforeAll(async () => {
  database = await freshDatabase();
  stop = await listenChanges(database, (change) => heard.push(change));
});
afterEach(() => {
  heard.length = 0;
});
afterAll(async () => {
  await stop?.();
  await database?.close();
});

/** Waits until `heard` holds a change matching `test`, or `ms` passed. */
async function waitFor(test: (c: LiveChange) => boolean, ms = 2_000): Promise<LiveChange | undefined> {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    const found = heard.find(test);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return undefined;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe(`live changes (${process.env.DATABASE_URL ? 'server' : 'embedded'} database)`, () => {
  it('a committed write is announced with its entity, id, action and version', async () => {
    const [created] = await posts.create(database.db, [postInput('Pos Live', [115.1, -8.1])], testActor);
    const id = created?.id;
    expect(await waitFor((c) => c.entityId === id && c.action === 'create')).toMatchObject({
      entity: 'post',
      version: 1,
      incidentId: null,
      count: 1,
    });
    await posts.update(database.db, id ?? '', { properties: { name: 'Pos Live 2' } }, testActor);
    expect(await waitFor((c) => c.entityId === id && c.action === 'update')).toMatchObject({ version: 2 });
  });

  it('a write inside a transaction is announced only when it commits', async () => {
    let inside = 0;
    await database.db.transaction(async (tx) => {
      await posts.create(tx, [postInput('Pos Later', [115.11, -8.1])], testActor);
      await settle();
      inside = heard.length;
    });
    expect(inside).toBe(0);
    expect(await waitFor((c) => c.entity === 'post' && c.action === 'create')).toBeDefined();
  });

  it('a rolled-back write is never announced', async () => {
    const input = postInput('Pos Rolled Back', [115.12, -8.1]);
    await expect(
      database.db.transaction(async (tx) => {
        await posts.create(tx, [input], testActor);
        throw new Error('give up');
      }),
    ).rejects.toThrow('give up');
    await settle();
    expect(heard.filter((c) => c.entityId === input.id)).toEqual([]);
  });

  it('many rows of one write are announced once, as a batch', async () => {
    const inputs = Array.from({ length: 30 }, (_, i) => postInput(`Pos Batch ${i}`, [115 + i / 1000, -8.2]));
    await posts.create(database.db, inputs, testActor);
    expect(await waitFor((c) => c.entityId === null)).toMatchObject({ entity: 'post', count: 30 });
    await settle();
    expect(heard).toHaveLength(1);
  });
});
