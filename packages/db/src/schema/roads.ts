import { Oneway, RoadClass } from '@siaga/schema';
import { sql } from 'drizzle-orm';
import { check, doublePrecision, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { enumText, id, inWgs84Range, lineStringGeometry, oneOf, timestamps } from './columns.ts';

export const roads = pgTable(
  'roads',
  {
    id: id(),
    sourceId: text('source_id').notNull(),
    roadClass: enumText('road_class', RoadClass).notNull(),
    name: text('name'),
    ref: text('ref'),
    oneway: enumText('oneway', Oneway).notNull().default('no'),
    maxspeedKmh: doublePrecision('maxspeed_kmh'),
    surface: text('surface'),
    access: text('access'),
    geom: lineStringGeometry('geom').notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('roads_source_id_idx').on(t.sourceId),
    index('roads_geom_idx').using('gist', t.geom),
    index('roads_road_class_idx').on(t.roadClass),
    check('roads_road_class_check', oneOf(t.roadClass, RoadClass.options)),
    check('roads_oneway_check', oneOf(t.oneway, Oneway.options)),
    check('roads_maxspeed_check', sql`${t.maxspeedKmh} IS NULL OR ${t.maxspeedKmh} > 0`),
    check('roads_geom_range_check', inWgs84Range(t.geom)),
  ],
);
