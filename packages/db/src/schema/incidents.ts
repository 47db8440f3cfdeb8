import { IncidentStatus, IncidentType } from '@siaga/schema';
import { check, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { enumText, id, inWgs84Range, oneOf, pointGeometry, timestamps, version } from './columns.ts';

export const incidents = pgTable(
  'incidents',
  {
    id: id(),
    title: text('title').notNull(),
    incidentType: enumText('incident_type', IncidentType).notNull(),
    status: enumText('status', IncidentStatus).notNull().default('reported'),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
    desaCode: text('desa_code'),
    source: text('source'),
    notes: text('notes'),
    geom: pointGeometry('geom').notNull(),
    version: version(),
    ...timestamps,
  },
  (t) => [
    index('incidents_geom_idx').using('gist', t.geom),
    index('incidents_status_idx').on(t.status),
    index('incidents_occurred_at_idx').on(t.occurredAt),
    index('incidents_desa_code_idx').on(t.desaCode),
    check('incidents_incident_type_check', oneOf(t.incidentType, IncidentType.options)),
    check('incidents_status_check', oneOf(t.status, IncidentStatus.options)),
    check('incidents_geom_range_check', inWgs84Range(t.geom)),
  ],
);
