import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { SiagaError } from '@siaga/schema';
import { sql } from 'drizzle-orm';
import type { Database } from '../database.ts';
import { executeRows } from '../execute_rows.ts';
import { BACKUP_TABLES, columnsOf, ident, SERIAL_TABLES } from './backup_tables.ts';
import type { BackupChunk, BackupHeader } from './write_backup.ts';

/**
 * Restores a backup written by `writeBackup` into an EMPTY migrated database, in one transaction (any error and
 * nothing is restored). Refuses a database that holds data (the audit log cannot be emptied) and a backup of a
 * newer schema. Answers the row count per table.
 *
 * @example const counts = await restoreBackup(await openDatabase({ dataDir: 'fresh' }), 'siaga.jsonl');
 */
export async function restoreBackup(database: Database, file: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await database.db.transaction(async (tx) => {
    let header: BackupHeader | undefined;
    const known = new Map<string, string[]>();
    for (const { name } of BACKUP_TABLES) known.set(name, (await columnsOf(tx, name)).columns);
    // Opened only now, right before it is read: lines a reader emits before iteration starts would be lost.
    const lines = createInterface({
      input: createReadStream(file, { encoding: 'utf8' }),
      crlfDelay: Infinity,
    });
    for await (const line of lines) {
      if (line.trim() === '') continue;
      if (!header) {
        header = JSON.parse(line) as BackupHeader;
        if (header.format !== 'siaga-backup' || header.formatVersion !== 1)
          throw new SiagaError('bad_request', `${file} is not a Siaga backup`);
        const [applied] = await executeRows<{ n: number }>(
          tx,
          sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`,
        );
        if ((applied?.n ?? 0) < header.migrations)
          throw new SiagaError(
            'bad_request',
            'the backup comes from a newer Siaga: update before restoring it',
          );
        for (const { name } of BACKUP_TABLES) {
          const [row] = await executeRows<{ any: boolean }>(
            tx,
            sql.raw(`SELECT EXISTS (SELECT 1 FROM ${ident(name)}) AS any`),
          );
          if (row?.any)
            throw new SiagaError(
              'conflict',
              `the database already holds data (table ${name}); restore into an empty database`,
            );
        }
        continue;
      }
      const chunk = JSON.parse(line) as BackupChunk;
      const columns = known.get(chunk.table);
      if (!columns) throw new SiagaError('bad_request', `unknown table ${chunk.table} in ${file}`);
      const first = chunk.rows[0];
      if (!first) continue;
      // Only the columns the backup has: columns added since then take their defaults.
      const present = columns
        .filter((c) => c in first)
        .map(ident)
        .join(', ');
      await tx.execute(
        sql`INSERT INTO ${sql.raw(ident(chunk.table))} (${sql.raw(present)})
            SELECT ${sql.raw(present)} FROM jsonb_populate_recordset(NULL::${sql.raw(ident(chunk.table))}, ${JSON.stringify(chunk.rows)}::jsonb)`,
      );
      counts[chunk.table] = (counts[chunk.table] ?? 0) + chunk.rows.length;
    }
    if (!header) throw new SiagaError('bad_request', `${file} is empty`);
    for (const table of SERIAL_TABLES) {
      const name = sql.raw(ident(table));
      await tx.execute(
        sql`SELECT setval(pg_get_serial_sequence(${table}, 'id'), GREATEST((SELECT max(id) FROM ${name}), 1), (SELECT max(id) FROM ${name}) IS NOT NULL)`,
      );
    }
  });
  return counts;
}
