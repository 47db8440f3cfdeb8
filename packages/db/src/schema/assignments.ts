import { AssignmentKind, AssignmentStatus, ItemType } from '@siaga/schema';
import { sql } from 'drizzle-orm';
import {
  check,
  doublePrecision,
  index,
  integer,
  pgTable,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { caches } from './caches.ts';
import { enumText, id, oneOf, timestamps, version } from './columns.ts';
import { incidents } from './incidents.ts';
import { posts } from './posts.ts';
import { units } from './units.ts';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * A unit or items sent to an incident, with the times it moved on. An incident or cache with assignments
 * cannot be deleted (the response record would be lost).
 */
export const assignments = pgTable(
  'assignments',
  {
    id: id(),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id, { onDelete: 'restrict' }),
    kind: enumText('kind', AssignmentKind).notNull(),
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'restrict' }),
    postId: uuid('post_id').references(() => posts.id, { onDelete: 'set null' }),
    cacheId: uuid('cache_id').references(() => caches.id, { onDelete: 'restrict' }),
    itemType: enumText('item_type', ItemType),
    quantity: integer('quantity'),
    status: enumText('status', AssignmentStatus).notNull().default('dispatched'),
    etaSeconds: doublePrecision('eta_seconds'),
    dispatchedAt: at('dispatched_at').notNull().defaultNow(),
    enRouteAt: at('en_route_at'),
    arrivedAt: at('arrived_at'),
    clearedAt: at('cleared_at'),
    version: version(),
    ...timestamps,
  },
  (t) => [
    index('assignments_incident_id_idx').on(t.incidentId),
    // The backstop against one unit on two incidents at once.
    uniqueIndex('assignments_unit_open_idx')
      .on(t.unitId)
      .where(sql`${t.status} <> 'cleared' AND ${t.unitId} IS NOT NULL`),
    index('assignments_cache_id_idx').on(t.cacheId),
    check('assignments_kind_check', oneOf(t.kind, AssignmentKind.options)),
    check('assignments_status_check', oneOf(t.status, AssignmentStatus.options)),
    check(
      'assignments_item_type_check',
      sql`${t.itemType} IS NULL OR ${oneOf(t.itemType, ItemType.options)}`,
    ),
    check(
      'assignments_shape_check',
      sql`(${t.kind} = 'unit' AND ${t.unitId} IS NOT NULL AND ${t.cacheId} IS NULL)
        OR (${t.kind} = 'items' AND ${t.unitId} IS NULL AND ${t.cacheId} IS NOT NULL
          AND ${t.itemType} IS NOT NULL AND ${t.quantity} > 0)`,
    ),
  ],
);
