import { z } from 'zod';
import { ItemCondition, ItemType } from './enums.ts';
import { DesaCode, feature, Id, patchProperties, Versioned } from './feature.ts';
import { PointGeometry } from './geometry.ts';
import { text } from './text.ts';

export const CacheItemProperties = z
  .strictObject({
    itemType: ItemType,
    quantity: z.number().int().min(0).max(100_000),
    /** Units ready for dispatch now (not lent out, not under repair); never more than quantity. */
    quantityAvailable: z.number().int().min(0).max(100_000),
    condition: ItemCondition.default('baik'),
    lastInspected: z.iso.date().nullable().default(null),
    notes: text().max(2_000).nullable().default(null),
  })
  .refine((i) => i.quantityAvailable <= i.quantity, {
    message: 'quantityAvailable cannot exceed quantity',
    path: ['quantityAvailable'],
  });
export type CacheItemProperties = z.infer<typeof CacheItemProperties>;

export const CacheItemCreate = CacheItemProperties.meta({ id: 'CacheItemCreate' });
export type CacheItemCreate = z.input<typeof CacheItemCreate>;

export const CacheItemPatch = z
  .object({
    quantity: z.number().int().min(0).max(100_000),
    quantityAvailable: z.number().int().min(0).max(100_000),
    condition: ItemCondition,
    lastInspected: z.iso.date().nullable(),
    notes: text().max(2_000).nullable(),
  })
  .partial()
  .strict()
  .meta({ id: 'CacheItemPatch' });
export type CacheItemPatch = z.infer<typeof CacheItemPatch>;

export const CacheItem = z
  .object({ id: Id, cacheId: Id, ...CacheItemProperties.shape, ...Versioned.shape })
  .meta({ id: 'CacheItem' });
export type CacheItem = z.infer<typeof CacheItem>;

export const CacheProperties = z.strictObject({
  name: text().trim().min(1).max(200),
  /** The post the cache stands at, or null for a standalone cache (e.g. at a kantor desa). */
  postId: Id.nullable().default(null),
  desaCode: DesaCode.nullable().default(null),
  notes: text().max(5_000).nullable().default(null),
});
export type CacheProperties = z.infer<typeof CacheProperties>;

/** A cache may be created with its stock; cache and items are written in one transaction. */
export const CacheCreate = feature(
  PointGeometry,
  z.strictObject({ ...CacheProperties.shape, items: z.array(CacheItemProperties).max(500).default([]) }),
).meta({ id: 'CacheCreate' });
export type CacheCreate = z.input<typeof CacheCreate>;

export const CachePatch = z
  .strictObject({
    type: z.literal('Feature').optional(),
    geometry: PointGeometry.optional(),
    properties: patchProperties(CacheProperties).optional(),
  })
  .meta({ id: 'CachePatch' });
export type CachePatch = z.infer<typeof CachePatch>;

export const CacheFeature = feature(
  PointGeometry,
  z.object({ id: Id, ...CacheProperties.shape, items: z.array(CacheItem), ...Versioned.shape }),
).meta({ id: 'Cache' });
export type CacheFeature = z.infer<typeof CacheFeature>;
