import { AdminLevel } from '@siaga/schema';
import { sql } from 'drizzle-orm';
import { boolean, check, foreignKey, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import {
  enumText,
  id,
  inWgs84Range,
  multiPolygonGeometry,
  oneOf,
  pointGeometry,
  timestamps,
} from './columns.ts';

export const adminAreas = pgTable(
  'admin_areas',
  {
    id: id(),
    // A table constraint, not just a unique index: parent_code's foreign key needs it when the table is created.
    code: text('code').notNull().unique('admin_areas_code_unique'),
    bpsCode: text('bps_code'),
    name: text('name').notNull(),
    level: enumText('level', AdminLevel).notNull(),
    parentCode: text('parent_code'),
    isKelurahan: boolean('is_kelurahan'),
    population: integer('population'),
    populationYear: integer('population_year'),
    boundaryPrecision: enumText('boundary_precision', ['official', 'approximate'])
      .notNull()
      .default('approximate'),
    source: text('source'),
    geom: multiPolygonGeometry('geom').notNull(),
    // Nullable only so the column could be added to stored rows; every write fills it (ST_PointOnSurface).
    labelPoint: pointGeometry('label_point'),
    ...timestamps,
  },
  (t) => [
    index('admin_areas_parent_code_idx').on(t.parentCode),
    index('admin_areas_level_idx').on(t.level),
    index('admin_areas_geom_idx').using('gist', t.geom),
    foreignKey({ name: 'admin_areas_parent_code_fk', columns: [t.parentCode], foreignColumns: [t.code] }),
    check('admin_areas_level_check', oneOf(t.level, AdminLevel.options)),
    check('admin_areas_boundary_precision_check', oneOf(t.boundaryPrecision, ['official', 'approximate'])),
    check('admin_areas_population_check', sql`${t.population} IS NULL OR ${t.population} >= 0`),
    check('admin_areas_geom_range_check', inWgs84Range(t.geom)),
    check('admin_areas_label_point_range_check', inWgs84Range(t.labelPoint)),
  ],
);
