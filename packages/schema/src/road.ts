import { z } from 'zod';
import { Oneway, RoadClass } from './enums.ts';
import { feature, Id } from './feature.ts';
import { LineStringGeometry } from './geometry.ts';
import { text } from './text.ts';

export const RoadProperties = z.strictObject({
  roadClass: RoadClass,
  name: text().max(300).nullable().default(null),
  ref: text().max(100).nullable().default(null),
  oneway: Oneway.default('no'),
  maxspeedKmh: z.number().positive().max(200).nullable().default(null),
  surface: text().max(50).nullable().default(null),
  /** OSM access / motor_vehicle value where it restricts motor traffic (no, private, destination, …). */
  access: text().max(50).nullable().default(null),
  /** Where the road comes from, e.g. `osm:way/123456` or `seed:coast-1`. Unique. */
  sourceId: text().min(1).max(200),
});
export type RoadProperties = z.infer<typeof RoadProperties>;

export const RoadCreate = feature(LineStringGeometry, RoadProperties).meta({ id: 'RoadCreate' });
export type RoadCreate = z.input<typeof RoadCreate>;

export const RoadFeature = feature(
  LineStringGeometry,
  z.object({ id: Id, ...RoadProperties.shape, lengthM: z.number() }),
).meta({ id: 'Road' });
export type RoadFeature = z.infer<typeof RoadFeature>;
