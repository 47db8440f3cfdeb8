import { BasemapKind } from '@siaga/schema';
import { boolean, check, index, pgTable, text } from 'drizzle-orm/pg-core';
import { anyGeometry, enumText, id, inWgs84Range, oneOf, timestamps } from './columns.ts';

/** The offline map's base: land beyond the kabupaten, water bodies and waterways (seeded or imported). */
export const basemapFeatures = pgTable(
  'basemap_features',
  {
    id: id(),
    kind: enumText('kind', BasemapKind).notNull(),
    name: text('name'),
    intermittent: boolean('intermittent').notNull().default(false),
    source: text('source').notNull(),
    geom: anyGeometry('geom').notNull(),
    ...timestamps,
  },
  (t) => [
    index('basemap_features_geom_idx').using('gist', t.geom),
    check('basemap_features_kind_check', oneOf(t.kind, BasemapKind.options)),
    check('basemap_features_geom_range_check', inWgs84Range(t.geom)),
  ],
);
