import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Database, executeRows, loadSeedIfEmpty, posts } from '@siaga/db';
import { freshDatabase, seededDatabase } from '@siaga/db/testing';
import { type SQL, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { postInput, testActor } from '../support/db_fixtures.ts';

const journal = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '..', '..', 'packages', 'db', 'drizzle', 'meta', '_journal.json'),
    'utf8',
  ),
) as { entries: unknown[] };

let database: Database | undefined;
afterEach(async () => {
  await database?.close();
  database = undefined;
});

async function count(db: Database, table: SQL): Promise<number> {
  const [row] = await executeRows<{ n: number }>(db.db, sql`SELECT count(*)::int AS n FROM ${table}`);
  return row?.n ?? Number.NaN;
}

/** A table no migration has, append-only the way an audit log is: a trigger refuses UPDATE, DELETE and TRUNCATE. */
async function createAppendOnlyTable(db: Database): Promise<void> {
  await db.db.execute(sql`CREATE TABLE later_append_only (id bigserial PRIMARY KEY, note text NOT NULL)`);
  await db.db.execute(sql`
    CREATE FUNCTION later_append_only_refuse() RETURNS trigger LANGUAGE plpgsql
    AS $$ BEGIN RAISE EXCEPTION 'later_append_only is append-only'; END $$`);
  await db.db.execute(sql`
    CREATE TRIGGER refuse_change BEFORE UPDATE OR DELETE ON later_append_only
    FOR EACH ROW EXECUTE FUNCTION later_append_only_refuse()`);
  await db.db.execute(sql`
    CREATE TRIGGER refuse_truncate BEFORE TRUNCATE ON later_append_only
    FOR EACH STATEMENT EXECUTE FUNCTION later_append_only_refuse()`);
}

async function dropAppendOnlyTable(): Promise<void> {
  const cleanup = await freshDatabase();
  await cleanup.db.execute(sql`DROP TABLE IF EXISTS later_append_only`);
  await cleanup.db.execute(sql`DROP FUNCTION IF EXISTS later_append_only_refuse()`);
  await cleanup.close();
}

const laterTable = sql`later_append_only`;

/** The driver's message for a refused call: drizzle wraps it as "Failed query: …" with the driver's error as cause. */
async function refusal(call: Promise<unknown>): Promise<string> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof Error)) return 'not refused';
  return error.cause instanceof Error ? error.cause.message : error.message;
}
const insertNote = (db: Database) =>
  executeRows<{ id: string }>(
    db.db,
    sql`INSERT INTO later_append_only (note) VALUES ('x') RETURNING id::text`,
  );

describe('freshDatabase', () => {
  it('empties every table the previous file wrote, a later append-only one included, and restarts its sequence', async () => {
    const before = await freshDatabase();
    try {
      await createAppendOnlyTable(before);
      await posts.create(before.db, [postInput('Pos lama', [115.1, -8.1])], testActor);
      await insertNote(before);
      await insertNote(before);
      expect(await refusal(before.db.execute(sql`TRUNCATE later_append_only`))).toMatch(/append-only/);
      expect(await refusal(before.db.execute(sql`DELETE FROM later_append_only`))).toMatch(/append-only/);
      await before.close();

      database = await freshDatabase();
      expect(await count(database, sql`posts`)).toBe(0);
      expect(await count(database, laterTable)).toBe(0);
      expect(await insertNote(database)).toEqual([{ id: '1' }]);
      // The trigger is still there and firing: the reset bypassed it only for itself.
      expect(await refusal(database.db.execute(sql`DELETE FROM later_append_only`))).toMatch(/append-only/);
    } finally {
      await dropAppendOnlyTable();
    }
  });

  it('keeps the migrated schema, PostGIS and the migration journal', async () => {
    database = await freshDatabase();
    expect(await database.postgisVersion()).toMatch(/^3\.\d+\./);
    expect(await count(database, sql`spatial_ref_sys`)).toBeGreaterThan(1000);
    expect(await count(database, sql`drizzle.__drizzle_migrations`)).toBe(journal.entries.length);
    await posts.create(database.db, [postInput('Pos baru', [115.1, -8.1])], testActor);
    expect(await count(database, sql`posts`)).toBe(1);
  });

  it('ends the previous handle: a closed or replaced one refuses to query', async () => {
    const first = await freshDatabase();
    database = await freshDatabase();
    expect(await refusal(posts.list(first.db, {}))).toMatch(/closed/);
    expect(await refusal(first.postgisVersion())).toMatch(/closed/);
    expect(await posts.list(database.db, {})).toEqual([]);
    await database.close();
    expect(await refusal(posts.list(database.db, {}))).toMatch(/closed/);
  });
});

/** A digest of every row of the table, to tell an exact copy from a near one. */
async function fingerprint(db: Database, table: string): Promise<string | undefined> {
  const [row] = await executeRows<{ f: string }>(
    db.db,
    sql`SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS f FROM ${sql.identifier(table)} t`,
  );
  return row?.f;
}

describe('seededDatabase', () => {
  it('holds what loadSeedIfEmpty loads, the same rows every time, whatever the previous file changed', async () => {
    const loaded = await freshDatabase();
    const { counts } = await loadSeedIfEmpty(loaded);
    await loaded.close();
    const tables = [...Object.keys(counts), 'seed_runs'];

    const rounds: (string | undefined)[][] = [];
    for (let round = 0; round < 2; round++) {
      database = await seededDatabase();
      for (const [table, n] of Object.entries(counts)) {
        expect([table, await count(database, sql`${sql.identifier(table)}`)]).toEqual([table, n]);
      }
      expect(await loadSeedIfEmpty(database)).toEqual({ loaded: false, counts });
      rounds.push(await Promise.all(tables.map((t) => fingerprint(database as Database, t))));
      await database.db.execute(sql`DELETE FROM cache_items`);
      await posts.create(database.db, [postInput('Pos tambahan', [115.1, -8.1])], testActor);
      await database.close();
    }
    expect(rounds[1]).toEqual(rounds[0]);
  });
});
