import { check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { anyGeometry, id, inWgs84Range, timestamps, version } from './columns.ts';
import { incidents } from './incidents.ts';

/** Closures shared by every user; routing applies the unexpired ones. */
export const roadClosures = pgTable(
  'road_closures',
  {
    id: id(),
    roadName: text('road_name'),
    reason: text('reason'),
    incidentId: uuid('incident_id').references(() => incidents.id, { onDelete: 'set null' }),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }),
    geom: anyGeometry('geom').notNull(),
    version: version(),
    ...timestamps,
  },
  (t) => [
    index('road_closures_geom_idx').using('gist', t.geom),
    index('road_closures_expires_at_idx').on(t.expiresAt),
    index('road_closures_incident_id_idx').on(t.incidentId),
    check('road_closures_geom_range_check', inWgs84Range(t.geom)),
  ],
);
