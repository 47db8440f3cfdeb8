import type { ScenarioDocument } from '@siaga/schema';
import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { id, timestamps, version } from './columns.ts';

/**
 * The planner's saved what-ifs: a name and the planner document (validated by `ScenarioDocument` on every
 * write, so a stored document always reads back). Shared by the whole team; `author` is who saved it first.
 */
export const scenarios = pgTable(
  'scenarios',
  {
    id: id(),
    name: text('name').notNull(),
    author: text('author').notNull(),
    document: jsonb('document').$type<ScenarioDocument>().notNull(),
    version: version(),
    ...timestamps,
  },
  (t) => [
    index('scenarios_updated_at_idx').on(t.updatedAt),
    check('scenarios_name_check', sql`length(${t.name}) > 0`),
  ],
);
