import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** One row per seed load: makes `loadSeedIfEmpty` idempotent and records what was loaded. */
export const seedRuns = pgTable('seed_runs', {
  id: uuid('id').primaryKey().defaultRandom(),
  contentHash: text('content_hash').notNull(),
  counts: jsonb('counts').$type<Record<string, number>>().notNull(),
  loadedAt: timestamp('loaded_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
