import { CacheFeature, feature, ItemType, PointGeometry, PostFeature, PostStatus } from '@siaga/schema';
import { z } from 'zod';
import { enumList, queryNumber } from './query_values.ts';

export const NearestQuery = z.strictObject({
  lon: queryNumber(z.number().min(-180).max(180)),
  lat: queryNumber(z.number().min(-90).max(90)),
  k: queryNumber(z.number().int().min(1).max(50)).default(5),
  layer: z.enum(['posts', 'caches']),
  status: enumList(PostStatus).optional().meta({ description: 'Posts only: keep posts with these statuses' }),
  itemType: ItemType.optional().meta({ description: 'Caches only: keep caches that stock this item' }),
  minAvailable: queryNumber(z.number().int().min(1).max(100_000))
    .optional()
    .meta({ description: 'Caches only: at least this many units available now (of itemType, or in all)' }),
});

const ranked = {
  distanceM: z.number().meta({ description: 'Straight-line distance in metres' }),
  rank: z.number().int(),
};

export const NearestPost = feature(PointGeometry, PostFeature.shape.properties.extend(ranked)).meta({
  id: 'NearestPost',
});
export const NearestCache = feature(PointGeometry, CacheFeature.shape.properties.extend(ranked)).meta({
  id: 'NearestCache',
});
export const NearestCollection = z
  .object({ type: z.literal('FeatureCollection'), features: z.array(z.union([NearestPost, NearestCache])) })
  .meta({ id: 'NearestCollection' });
