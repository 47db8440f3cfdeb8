import {
  AdminLevel,
  BBoxParam,
  HazardLevel,
  HazardType,
  Id,
  IncidentStatus,
  IncidentType,
  ItemType,
  KemendagriCode,
  PostKind,
  PostStatus,
} from '@siaga/schema';
import { z } from 'zod';
import { booleanFlag, enumList, queryNumber } from './query_values.ts';

const bbox = BBoxParam.optional();

export const PostListQuery = z.strictObject({
  bbox,
  status: enumList(PostStatus).optional(),
  kind: enumList(PostKind).optional(),
});

export const CacheListQuery = z.strictObject({
  bbox,
  postId: Id.optional().meta({ description: 'Only caches at this post' }),
  itemType: ItemType.optional().meta({ description: 'Only caches that stock this item' }),
  minAvailable: queryNumber(z.number().int().min(1).max(100_000))
    .optional()
    .meta({ description: 'With itemType: at least this many units available now' }),
});

export const HazardZoneListQuery = z.strictObject({
  bbox,
  hazardType: enumList(HazardType).optional(),
  level: enumList(HazardLevel).optional(),
});

export const IncidentListQuery = z.strictObject({
  bbox,
  status: enumList(IncidentStatus).optional(),
  incidentType: enumList(IncidentType).optional(),
  from: z.iso.datetime({ offset: true }).optional().meta({ description: 'Occurred at or after' }),
  to: z.iso.datetime({ offset: true }).optional().meta({ description: 'Occurred at or before' }),
});

export const AdminAreaListQuery = z.strictObject({
  bbox,
  level: AdminLevel.optional(),
  parentCode: KemendagriCode.optional(),
  geometry: booleanFlag(true).meta({ description: 'false leaves out the boundaries (much smaller answer)' }),
});

export const RoadListQuery = z.strictObject({
  bbox,
  limit: queryNumber(z.number().int().min(1).max(50_000)).default(5_000),
  offset: queryNumber(z.number().int().min(0)).default(0),
});
