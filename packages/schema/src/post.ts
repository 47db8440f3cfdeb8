import { z } from 'zod';
import { PostKind, PostStatus } from './enums.ts';
import { DesaCode, feature, Id, patchProperties, Versioned } from './feature.ts';
import { PointGeometry } from './geometry.ts';
import { text } from './text.ts';

export const PostProperties = z.strictObject({
  name: text().trim().min(1).max(200),
  kind: PostKind,
  status: PostStatus,
  address: text().max(500).nullable().default(null),
  desaCode: DesaCode.nullable().default(null),
  staff: z.number().int().min(0).max(10_000).default(0),
  vehicles: z.number().int().min(0).max(1_000).default(0),
  /** Seconds from the call to the first vehicle leaving the post; added to travel time. */
  turnoutSeconds: z.number().int().min(0).max(3_600).default(120),
  /** True when the point is placed approximately (e.g. at a desa centre) rather than surveyed. */
  locationApprox: z.boolean().default(false),
  source: text().max(1_000).nullable().default(null),
  notes: text().max(5_000).nullable().default(null),
});
export type PostProperties = z.infer<typeof PostProperties>;

export const PostCreate = feature(PointGeometry, PostProperties).meta({ id: 'PostCreate' });
export type PostCreate = z.input<typeof PostCreate>;

export const PostPatch = z
  .strictObject({
    type: z.literal('Feature').optional(),
    geometry: PointGeometry.optional(),
    properties: patchProperties(PostProperties).optional(),
  })
  .meta({ id: 'PostPatch' });
export type PostPatch = z.infer<typeof PostPatch>;

export const PostFeature = feature(
  PointGeometry,
  z.object({ id: Id, ...PostProperties.shape, ...Versioned.shape }),
).meta({ id: 'Post' });
export type PostFeature = z.infer<typeof PostFeature>;
