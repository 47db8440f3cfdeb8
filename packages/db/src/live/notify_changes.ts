import { LIVE_CHANNEL } from '@siaga/schema';
import { sql } from 'drizzle-orm';
import type { SiagaDb } from '../database.ts';
import type { AuditChange } from '../repositories/audit.ts';
import { liveChangesOf } from './live_changes_of.ts';

/**
 * Announces the changes on LIVE_CHANNEL with `pg_notify`, in the caller's transaction: PostgreSQL delivers them
 * to every listener (in every process) only when that transaction commits, and never when it rolls back.
 */
export async function notifyChanges(db: SiagaDb, changes: readonly AuditChange[]): Promise<void> {
  const payloads = liveChangesOf(changes, new Date().toISOString()).map((c) => JSON.stringify(c));
  if (payloads.length === 0) return;
  await db.execute(
    sql`SELECT pg_notify(${LIVE_CHANNEL}, p) FROM jsonb_array_elements_text(${JSON.stringify(payloads)}::jsonb) AS p`,
  );
}
