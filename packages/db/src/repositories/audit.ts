import type { AuditAction, AuditEntity, AuditEntry, AuditQuery } from '@siaga/schema';
import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { SiagaDb } from '../database.ts';
import { notifyChanges } from '../live/notify_changes.ts';
import { auditLog as table } from '../schema/index.ts';
import { chunks, iso } from './shared.ts';

/** One change to record; `before` and `after` are the record as its GET answers it. */
export interface AuditChange {
  entity: AuditEntity;
  entityId: string;
  action: AuditAction;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/**
 * Appends entries to the audit log and announces them to live listeners (`listenChanges`). Call it with the
 * transaction of the change itself, so the change and its record are written together or not at all, and the
 * announcement goes out only when that transaction commits.
 */
export async function recordAudit(db: SiagaDb, actor: Actor, changes: AuditChange[]): Promise<void> {
  const rows = changes.map((c) => ({
    actorId: actor.userId,
    actorName: actor.name,
    via: actor.via,
    remoteAddr: actor.remoteAddr,
    entity: c.entity,
    entityId: c.entityId,
    action: c.action,
    before: c.before ?? null,
    after: c.after ?? null,
    reason: c.reason ?? null,
  }));
  for (const chunk of chunks(rows)) await db.insert(table).values(chunk);
  await notifyChanges(db, changes);
}

/** The filters of AuditQuery without paging; `limit`/`offset` default to the first 100. */
export type AuditFilter = Partial<AuditQuery>;

function conditions(q: AuditFilter): SQL[] {
  const where: SQL[] = [];
  if (q.entity) where.push(eq(table.entity, q.entity));
  if (q.entityId) where.push(eq(table.entityId, q.entityId));
  if (q.actor) where.push(eq(table.actorName, q.actor));
  if (q.from) where.push(gte(table.at, new Date(q.from)));
  if (q.to) where.push(lt(table.at, new Date(q.to)));
  return where;
}

export const audit = {
  /** Entries matching the filters, newest first. */
  async list(db: SiagaDb, q: AuditFilter = {}): Promise<AuditEntry[]> {
    const rows = await db
      .select()
      .from(table)
      .where(and(...conditions(q)))
      .orderBy(desc(table.id))
      .limit(q.limit ?? 100)
      .offset(q.offset ?? 0);
    return rows.map((r) => ({ ...r, at: iso(r.at) }));
  },
};
