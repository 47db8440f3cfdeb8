import { AssignmentStatus, IncidentEventKind, IncidentStatus } from '@siaga/schema';
import { sql } from 'drizzle-orm';
import { bigserial, check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { assignments } from './assignments.ts';
import { enumText, oneOf } from './columns.ts';
import { incidents } from './incidents.ts';

/**
 * An incident's timeline, written in the transaction of the change it describes; ordered by id. The actor is
 * copied (no foreign key), as in the audit log.
 */
export const incidentEvents = pgTable(
  'incident_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    kind: enumText('kind', IncidentEventKind).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    status: enumText('status', IncidentStatus),
    fromStatus: enumText('from_status', IncidentStatus),
    assignmentId: uuid('assignment_id').references(() => assignments.id, { onDelete: 'cascade' }),
    assignmentStatus: enumText('assignment_status', AssignmentStatus),
    closureId: uuid('closure_id'),
    note: text('note'),
  },
  (t) => [
    index('incident_events_incident_id_idx').on(t.incidentId, t.id),
    check('incident_events_kind_check', oneOf(t.kind, IncidentEventKind.options)),
    check(
      'incident_events_status_check',
      sql`(${t.status} IS NULL OR ${oneOf(t.status, IncidentStatus.options)})
        AND (${t.fromStatus} IS NULL OR ${oneOf(t.fromStatus, IncidentStatus.options)})`,
    ),
    check(
      'incident_events_assignment_status_check',
      sql`${t.assignmentStatus} IS NULL OR ${oneOf(t.assignmentStatus, AssignmentStatus.options)}`,
    ),
  ],
);
