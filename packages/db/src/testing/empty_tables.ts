import { type SQL, sql } from 'drizzle-orm';
import type { SiagaDb } from '../database.ts';
import { executeRows } from '../execute_rows.ts';

export interface DataRelations {
  tables: string[];
  sequences: string[];
}

/**
 * The tables and sequences tests write: every one of the public schema that no extension owns (PostGIS's
 * spatial_ref_sys is one), except drizzle's migration journal. Read from the catalog, so a table a later migration
 * adds is included without editing a list.
 */
export async function dataRelations(db: SiagaDb): Promise<DataRelations> {
  const rows = await executeRows<{ name: string; kind: string }>(
    db,
    sql`SELECT c.relname AS name, c.relkind::text AS kind
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'S')
          AND c.relname NOT IN ('__drizzle_migrations', '__drizzle_migrations_id_seq')
          AND NOT EXISTS (
            SELECT 1 FROM pg_depend d
            WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
        ORDER BY c.relname`,
  );
  return {
    tables: rows.filter((r) => r.kind !== 'S').map((r) => r.name),
    sequences: rows.filter((r) => r.kind === 'S').map((r) => r.name),
  };
}

/** `public."name"`, quoted. */
export function publicName(name: string): SQL {
  return sql`${sql.identifier('public')}.${sql.identifier(name)}`;
}

/**
 * Empties every data table and restarts every sequence of the public schema, leaving the migrated schema,
 * PostGIS and the migration journal as they are: the state of a new database, in milliseconds.
 *
 * Runs as `session_replication_role = replica` (for this transaction only), so ordinary triggers do not fire: an
 * append-only table whose trigger refuses TRUNCATE and DELETE (an audit log) is emptied too. Foreign keys need no
 * order because every table goes in one TRUNCATE.
 */
export async function emptyTables(db: SiagaDb): Promise<DataRelations> {
  return db.transaction((tx) => emptyTablesIn(tx));
}

/** `emptyTables` in a transaction the caller holds; the replica role stays set until that transaction ends. */
export async function emptyTablesIn(tx: SiagaDb): Promise<DataRelations> {
  await tx.execute(sql`SET LOCAL session_replication_role = replica`);
  const relations = await dataRelations(tx);
  if (relations.tables.length > 0)
    await tx.execute(sql`TRUNCATE ${sql.join(relations.tables.map(publicName), sql`, `)}`);
  for (const name of relations.sequences) await tx.execute(sql`ALTER SEQUENCE ${publicName(name)} RESTART`);
  return relations;
}
