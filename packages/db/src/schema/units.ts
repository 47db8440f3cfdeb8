import { UnitStatus, UnitType } from '@siaga/schema';
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { enumText, id, oneOf, timestamps, version } from './columns.ts';
import { posts } from './posts.ts';

/**
 * Vehicles with their crew, kept at a post. A retired unit keeps its row (past assignments name it) and is
 * hidden from lists; its call sign may be given to a new unit.
 */
export const units = pgTable(
  'units',
  {
    id: id(),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'restrict' }),
    callSign: text('call_sign').notNull(),
    unitType: enumText('unit_type', UnitType).notNull(),
    crew: integer('crew').notNull().default(0),
    status: enumText('status', UnitStatus).notNull().default('available'),
    notes: text('notes'),
    retiredAt: timestamp('retired_at', { withTimezone: true, mode: 'date' }),
    version: version(),
    ...timestamps,
  },
  (t) => [
    index('units_post_id_idx').on(t.postId),
    uniqueIndex('units_call_sign_active_idx').on(t.callSign).where(sql`${t.retiredAt} IS NULL`),
    check('units_unit_type_check', oneOf(t.unitType, UnitType.options)),
    check('units_status_check', oneOf(t.status, UnitStatus.options)),
    check('units_crew_check', sql`${t.crew} >= 0`),
    check('units_call_sign_check', sql`length(${t.callSign}) > 0`),
  ],
);
