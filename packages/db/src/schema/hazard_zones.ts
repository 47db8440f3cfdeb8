import { HazardLevel, HazardType } from '@siaga/schema';
import { check, index, pgTable, text } from 'drizzle-orm/pg-core';
import { enumText, id, inWgs84Range, multiPolygonGeometry, oneOf, timestamps, version } from './columns.ts';

export const hazardZones = pgTable(
  'hazard_zones',
  {
    id: id(),
    name: text('name').notNull(),
    hazardType: enumText('hazard_type', HazardType).notNull(),
    level: enumText('level', HazardLevel).notNull(),
    source: text('source'),
    notes: text('notes'),
    geom: multiPolygonGeometry('geom').notNull(),
    version: version(),
    ...timestamps,
  },
  (t) => [
    index('hazard_zones_geom_idx').using('gist', t.geom),
    index('hazard_zones_hazard_type_level_idx').on(t.hazardType, t.level),
    check('hazard_zones_hazard_type_check', oneOf(t.hazardType, HazardType.options)),
    check('hazard_zones_level_check', oneOf(t.level, HazardLevel.options)),
    check('hazard_zones_geom_range_check', inWgs84Range(t.geom)),
  ],
);
