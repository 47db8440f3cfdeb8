import type { AssignmentStatus, IncidentEvent, IncidentEventKind, IncidentStatus } from '@siaga/schema';
import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { SiagaDb } from '../database.ts';
import { writeTransaction } from '../db_error.ts';
import { incidentEvents as table } from '../schema/index.ts';
import { recordAudit } from './audit.ts';
import { iso } from './shared.ts';

/** One timeline entry to append; fields that do not apply to the kind are left out. */
export interface EventInput {
  incidentId: string;
  kind: IncidentEventKind;
  status?: IncidentStatus | null;
  fromStatus?: IncidentStatus | null;
  assignmentId?: string | null;
  assignmentStatus?: AssignmentStatus | null;
  closureId?: string | null;
  note?: string | null;
}

type Row = typeof table.$inferSelect;

function eventOf(row: Row): IncidentEvent {
  return {
    id: row.id,
    incidentId: row.incidentId,
    at: iso(row.at),
    kind: row.kind,
    actor: { userId: row.actorId, name: row.actorName },
    status: row.status,
    fromStatus: row.fromStatus,
    assignmentId: row.assignmentId,
    assignmentStatus: row.assignmentStatus,
    closureId: row.closureId,
    note: row.note,
  };
}

/**
 * Appends timeline entries in the caller's transaction (the change they describe is audited itself). The clock
 * is the statement's, so entries of one transaction keep their order by id.
 */
export async function appendEvents(
  db: SiagaDb,
  actor: Actor,
  events: EventInput[],
): Promise<IncidentEvent[]> {
  if (events.length === 0) return [];
  const rows = await db
    .insert(table)
    .values(events.map((e) => ({ ...e, actorId: actor.userId, actorName: actor.name })))
    .returning();
  return rows.map(eventOf);
}

export const incidentEvents = {
  /** The incident's timeline, oldest first. */
  async list(db: SiagaDb, incidentId: string): Promise<IncidentEvent[]> {
    const rows = await db.select().from(table).where(eq(table.incidentId, incidentId)).orderBy(asc(table.id));
    return rows.map(eventOf);
  },

  /** A note written by a person: audited as an incident_event. */
  async addNote(db: SiagaDb, incidentId: string, note: string, actor: Actor): Promise<IncidentEvent> {
    return writeTransaction(db, async (tx) => {
      const [event] = await appendEvents(tx, actor, [{ incidentId, kind: 'note', note }]);
      if (!event) throw new Error('INSERT … RETURNING gave no row');
      await recordAudit(tx, actor, [
        { entity: 'incident_event', entityId: String(event.id), action: 'create', after: event },
      ]);
      return event;
    });
  },
};
