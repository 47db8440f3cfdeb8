import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { sql } from 'drizzle-orm';
import type { Database, SiagaDb } from '../database.ts';
import { executeRows } from '../execute_rows.ts';
import { BACKUP_TABLES, columnsOf, ident } from './backup_tables.ts';

/** The first line of a backup file. */
export interface BackupHeader {
  format: 'siaga-backup';
  formatVersion: 1;
  createdAt: string;
  driver: Database['driver'];
  /** How many migrations the database had: a backup restores only into a database with at least as many. */
  migrations: number;
}

/** One line per chunk of rows after the header. */
export interface BackupChunk {
  table: string;
  rows: Record<string, unknown>[];
}

const CHUNK_ROWS = 1_000;

async function migrationCount(db: SiagaDb): Promise<number> {
  const [row] = await executeRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`,
  );
  return row?.n ?? 0;
}

/**
 * Hands every table to `write` as JSON lines (a header, then chunks of rows, each line ending in a newline),
 * read in ONE repeatable-read, read-only transaction: a consistent snapshot while the API keeps writing. The
 * transaction stays open until the last line is written, so a slow `write` holds it. Answers the row count per
 * table.
 *
 * @example const counts = await streamBackup(database, (line) => stream.write(line));
 */
export async function streamBackup(
  database: Database,
  write: (line: string) => Promise<unknown>,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const writeLine = (value: unknown) => write(`${JSON.stringify(value)}\n`);
  await database.db.transaction(
    async (tx) => {
      const header: BackupHeader = {
        format: 'siaga-backup',
        formatVersion: 1,
        createdAt: new Date().toISOString(),
        driver: database.driver,
        migrations: await migrationCount(tx),
      };
      await writeLine(header);
      for (const { name, orderBy } of BACKUP_TABLES) {
        const { columns, geometry } = await columnsOf(tx, name);
        const row = `jsonb_build_object(${columns
          .map(
            (c) =>
              `'${c}', ${geometry.includes(c) ? `encode(ST_AsEWKB(t.${ident(c)}), 'hex')` : `t.${ident(c)}`}`,
          )
          .join(', ')})`;
        counts[name] = 0;
        for (let offset = 0; ; offset += CHUNK_ROWS) {
          const rows = await executeRows<{ r: Record<string, unknown> }>(
            tx,
            sql.raw(
              `SELECT ${row} AS r FROM ${ident(name)} t ORDER BY ${orderBy} LIMIT ${CHUNK_ROWS} OFFSET ${offset}`,
            ),
          );
          if (rows.length === 0) break;
          await writeLine({ table: name, rows: rows.map((r) => r.r) } satisfies BackupChunk);
          counts[name] += rows.length;
          if (rows.length < CHUNK_ROWS) break;
        }
      }
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  return counts;
}

/**
 * Writes the backup of `streamBackup` to `file`. Answers the row count per table.
 *
 * @example const counts = await writeBackup(database, 'siaga-2026-11-29.jsonl');
 */
export async function writeBackup(database: Database, file: string): Promise<Record<string, number>> {
  const out = createWriteStream(file, { encoding: 'utf8' });
  try {
    return await streamBackup(database, async (line) => {
      if (!out.write(line)) await once(out, 'drain');
    });
  } finally {
    out.end();
    await once(out, 'close');
  }
}
