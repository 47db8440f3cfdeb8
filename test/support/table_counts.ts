import { type Database, executeRows } from '@siaga/db';
import { sql } from 'drizzle-orm';
import { BACKUP_TABLES } from '../../packages/db/src/backup/backup_tables.ts';

/** The row count of every table a backup holds. */
export async function tableCounts(db: Database): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const { name } of BACKUP_TABLES) {
    const [row] = await executeRows<{ n: number }>(
      db.db,
      sql.raw(`SELECT count(*)::int AS n FROM "${name}"`),
    );
    out[name] = row?.n ?? 0;
  }
  return out;
}
