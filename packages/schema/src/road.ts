import { z } from 'zod';
import { Oneway, RoadClass } from './enums.ts';
import { feature, Id } from './feature.ts';
import { LineStringGeometry } from './geometry.ts';

export const RoadProperties = z.strictObject({
  roadClass: RoadClass,
  name: z.string().max(300).nullable().default(null),
  ref: z.string().max(100).nullable().default(null),
  oneway: Oneway.default('no'),
  maxspeedKmh: z.number().positive().max(200).nullable().default(null),
  surface: z.string().max(50).nullable().default(null),
  /** OSM access / motor_vehicle value where it restricts motor traffic (no, private, destination, …). */
  access: z.string().max(50).nullable().default(null),
  /** Where the road comes from, e.g. `osm:way/123456` or `seed:coast-1`. Unique. */
  sourceId: z.string().min(1).max(200),
});
export type RoadProperties = z.infer<typeof RoadProperties>;

export const RoadCreate = feature(LineStringGeometry, RoadProperties).meta({ id: 'RoadCreate' });
export type RoadCreate = z.input<typeof RoadCreate>;

export const RoadFeature = feature(
  LineStringGeometry,
  z.object({ id: Id, ...RoadProperties.shape, lengthM: z.number() }),
).meta({ id: 'Road' });
export type RoadFeature = z.infer<typeof RoadFeature>;
