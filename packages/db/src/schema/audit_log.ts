import { AuditAction, AuditEntity, AuditVia } from '@siaga/schema';
import { bigserial, check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { enumText, oneOf } from './columns.ts';

/**
 * Who changed what, when, from where, before and after. Append-only: a trigger (migration
 * 0004_audit_log_append_only) refuses UPDATE, DELETE and TRUNCATE. No foreign keys, so an entry outlives
 * its record.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    via: enumText('via', AuditVia).notNull(),
    remoteAddr: text('remote_addr'),
    entity: enumText('entity', AuditEntity).notNull(),
    entityId: text('entity_id').notNull(),
    action: enumText('action', AuditAction).notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    reason: text('reason'),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entity, t.entityId, t.at),
    index('audit_log_at_idx').on(t.at),
    index('audit_log_actor_name_idx').on(t.actorName, t.at),
    check('audit_log_via_check', oneOf(t.via, AuditVia.options)),
  ],
);
