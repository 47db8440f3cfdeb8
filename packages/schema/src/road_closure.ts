import { z } from 'zod';
import { feature, featureCollection, Id, patchProperties, Versioned } from './feature.ts';
import { LineStringGeometry, MultiPolygonGeometry, PointGeometry, PolygonGeometry } from './geometry.ts';
import { text } from './text.ts';

/**
 * Where a stored closure blocks the roads, as a request's closure (a point closes the roads within 25 m); a Polygon
 * is answered as a MultiPolygon.
 */
export const RoadClosureGeometry = z.discriminatedUnion('type', [
  PointGeometry,
  LineStringGeometry,
  PolygonGeometry,
  MultiPolygonGeometry,
]);

/** A closure kept in the database and applied by every routing answer until it expires. */
export const RoadClosureProperties = z.strictObject({
  /** Left out: the server names the nearest road. */
  roadName: text().trim().min(1).max(200).nullable().optional(),
  reason: text().trim().max(2_000).nullable().default(null),
  incidentId: Id.nullable().default(null),
  expiresAt: z.iso.datetime({ offset: true }).nullable().default(null),
});

export const RoadClosureCreate = feature(RoadClosureGeometry, RoadClosureProperties).meta({
  id: 'RoadClosureCreate',
});
export type RoadClosureCreate = z.input<typeof RoadClosureCreate>;

export const RoadClosurePatch = z
  .strictObject({
    type: z.literal('Feature').optional(),
    geometry: RoadClosureGeometry.optional(),
    properties: patchProperties(RoadClosureProperties).optional(),
  })
  .meta({ id: 'RoadClosurePatch' });
export type RoadClosurePatch = z.infer<typeof RoadClosurePatch>;

export const RoadClosureFeature = feature(
  RoadClosureGeometry,
  z.object({
    id: Id,
    ...RoadClosureProperties.shape,
    roadName: z.string().nullable(),
    expiresAt: z.iso.datetime().nullable(),
    ...Versioned.shape,
  }),
).meta({ id: 'RoadClosure' });
export type RoadClosureFeature = z.infer<typeof RoadClosureFeature>;

export const RoadClosureCollection = featureCollection(RoadClosureFeature).meta({
  id: 'RoadClosureCollection',
});
