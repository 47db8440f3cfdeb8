import { VersionConflict } from '@siaga/schema';
import { eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { SiagaDb } from '../database.ts';

type VersionedTable = PgTable & { id: PgColumn; version: PgColumn };

/**
 * Locks one versioned row for the rest of the transaction; false when there is none. Throws VersionConflict
 * (412) when `ifVersion` is given and is not the row's version, before anything is written.
 */
export async function lockVersioned(
  tx: SiagaDb,
  table: VersionedTable,
  id: string,
  ifVersion: number | undefined,
): Promise<boolean> {
  const source: PgTable = table;
  const [row] = await tx
    .select({ version: sql`${table.version}`.mapWith(Number) })
    .from(source)
    .where(eq(table.id, id))
    .for('update');
  if (!row) return false;
  if (ifVersion !== undefined && row.version !== ifVersion) throw new VersionConflict(row.version);
  return true;
}
