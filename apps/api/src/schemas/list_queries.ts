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
  UnitStatus,
  UnitType,
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
  kecamatanCode: KemendagriCode.optional().meta({ description: 'Only incidents in this kecamatan' }),
  desaCode: KemendagriCode.optional().meta({ description: 'Only incidents in this desa' }),
});

export const UnitListQuery = z.strictObject({
  postId: Id.optional().meta({ description: 'Only the units of this post' }),
  status: enumList(UnitStatus).optional(),
  unitType: enumList(UnitType).optional(),
});

export const RoadClosureListQuery = z.strictObject({
  includeExpired: booleanFlag(false).meta({ description: 'true lists expired closures too' }),
  incidentId: Id.optional().meta({ description: 'Only the closures tied to this incident' }),
});

export const AdminAreaListQuery = z.strictObject({
  bbox,
  level: AdminLevel.optional(),
  parentCode: KemendagriCode.optional(),
  geometry: booleanFlag(true).meta({ description: 'false leaves out the boundaries (much smaller answer)' }),
});

/** The base map is small (the demo: about 650 features); only a bbox narrows it. */
export const BasemapListQuery = z.strictObject({ bbox });

export const RoadListQuery = z.strictObject({
  bbox,
  limit: queryNumber(z.number().int().min(1).max(50_000)).default(5_000),
  offset: queryNumber(z.number().int().min(0)).default(0),
});
