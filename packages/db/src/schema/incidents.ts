import { IncidentStatus, IncidentType } from '@siaga/schema';
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { enumText, id, inWgs84Range, oneOf, pointGeometry, timestamps, version } from './columns.ts';

export const incidents = pgTable(
  'incidents',
  {
    id: id(),
    title: text('title').notNull(),
    incidentType: enumText('incident_type', IncidentType).notNull(),
    status: enumText('status', IncidentStatus).notNull().default('reported'),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
    reportedAt: timestamp('reported_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    reporterName: text('reporter_name'),
    reporterPhone: text('reporter_phone'),
    peopleAffected: integer('people_affected'),
    /** Derived from the point by the repository (the desa and kecamatan polygons holding it). */
    desaCode: text('desa_code'),
    kecamatanCode: text('kecamatan_code'),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'date' }),
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
    index('incidents_kecamatan_code_idx').on(t.kecamatanCode),
    index('incidents_reported_at_idx').on(t.reportedAt),
    check('incidents_people_affected_check', sql`${t.peopleAffected} >= 0`),
    check('incidents_incident_type_check', oneOf(t.incidentType, IncidentType.options)),
    check('incidents_status_check', oneOf(t.status, IncidentStatus.options)),
    check('incidents_geom_range_check', inWgs84Range(t.geom)),
  ],
);
