import { z } from 'zod';
import { feature, featureCollection } from './feature.ts';
import { LineStringGeometry, MultiPolygonGeometry, Position } from './geometry.ts';
import { text } from './text.ts';

/**
 * What the offline map draws under the data: `land` (the island beyond the kabupaten, so it is not painted as
 * sea), water bodies (OSM `water=*`; plain `natural=water` is `water`) and waterways (OSM `waterway=*`).
 */
export const BasemapKind = z.enum([
  'land',
  'lake',
  'reservoir',
  'pond',
  'basin',
  'water',
  'river',
  'stream',
  'canal',
  'drain',
]);
export type BasemapKind = z.infer<typeof BasemapKind>;

export const MultiLineStringGeometry = z
  .strictObject({
    type: z.literal('MultiLineString'),
    coordinates: z.array(z.array(Position).min(2, 'a line needs at least 2 positions')).min(1),
  })
  .meta({ description: 'A GeoJSON MultiLineString' });

export const BasemapGeometry = z.discriminatedUnion('type', [
  LineStringGeometry,
  MultiLineStringGeometry,
  MultiPolygonGeometry,
]);

export const BasemapFeatureProperties = z.strictObject({
  kind: BasemapKind,
  name: text().max(300).nullable().default(null),
  /** OSM `intermittent=yes`: a stream that runs only in the rainy season. */
  intermittent: z.boolean().default(false),
  /** Where the shape comes from, with its licence (OpenStreetMap data is ODbL and must be credited). */
  source: text().max(300),
});

export const BasemapFeatureCreate = feature(BasemapGeometry, BasemapFeatureProperties).meta({
  id: 'BasemapFeatureCreate',
});
export type BasemapFeatureCreate = z.input<typeof BasemapFeatureCreate>;

export const BasemapFeature = feature(BasemapGeometry, BasemapFeatureProperties).meta({
  id: 'BasemapFeature',
});
export type BasemapFeature = z.infer<typeof BasemapFeature>;

export const BasemapFeatureCollection = featureCollection(BasemapFeature).meta({
  id: 'BasemapFeatureCollection',
});
