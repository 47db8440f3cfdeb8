import { sql } from 'drizzle-orm';
import type { SiagaDb } from '../database.ts';
import { executeRows } from '../execute_rows.ts';
import { dataRelations, emptyTablesIn, publicName } from './empty_tables.ts';

/** Where the copy lives, beside the public schema the tests use. */
const snapshotSchema = sql.identifier('siaga_test_seed');

export interface SeedSnapshot {
  /** Each data table with its writable columns (generated columns are computed again on restore). */
  tables: { name: string; columns: string[] }[];
  sequences: { name: string; lastValue: string; isCalled: boolean }[];
}

/**
 * Copies every data table into the schema siaga_test_seed and notes every sequence's position, so
 * `restoreSnapshot` can bring the database back to this state with a few INSERT ... SELECT, much faster than
 * loading the seed files again.
 */
export async function saveSnapshot(db: SiagaDb): Promise<SeedSnapshot> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`DROP SCHEMA IF EXISTS ${snapshotSchema} CASCADE`);
    await tx.execute(sql`CREATE SCHEMA ${snapshotSchema}`);
    const relations = await dataRelations(tx);
    const tables: SeedSnapshot['tables'] = [];
    for (const name of relations.tables) {
      await tx.execute(
        sql`CREATE TABLE ${snapshotSchema}.${sql.identifier(name)} AS TABLE ${publicName(name)}`,
      );
      const columns = await executeRows<{ name: string }>(
        tx,
        sql`SELECT attname AS name FROM pg_attribute
            WHERE attrelid = format('public.%I', ${name}::text)::regclass
              AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
            ORDER BY attnum`,
      );
      tables.push({ name, columns: columns.map((c) => c.name) });
    }
    const sequences: SeedSnapshot['sequences'] = [];
    for (const name of relations.sequences) {
      const [position] = await executeRows<{ lastValue: string; isCalled: boolean }>(
        tx,
        sql`SELECT last_value::text AS "lastValue", is_called AS "isCalled" FROM ${publicName(name)}`,
      );
      if (position) sequences.push({ name, ...position });
    }
    return { tables, sequences };
  });
}

/**
 * Empties the data tables (see `emptyTables`) and copies the snapshot back in, as the replica role: triggers do
 * not fire and foreign keys are not checked, so the rows come back exactly as saved, in any table order.
 */
export async function restoreSnapshot(db: SiagaDb, snapshot: SeedSnapshot): Promise<void> {
  await db.transaction(async (tx) => {
    await emptyTablesIn(tx);
    for (const { name, columns } of snapshot.tables) {
      const list = sql.join(
        columns.map((c) => sql.identifier(c)),
        sql`, `,
      );
      await tx.execute(
        sql`INSERT INTO ${publicName(name)} (${list}) OVERRIDING SYSTEM VALUE
            SELECT ${list} FROM ${snapshotSchema}.${sql.identifier(name)}`,
      );
    }
    for (const { name, lastValue, isCalled } of snapshot.sequences) {
      await tx.execute(
        sql`SELECT setval(format('public.%I', ${name}::text)::regclass, ${lastValue}::bigint, ${isCalled})`,
      );
    }
  });
}
