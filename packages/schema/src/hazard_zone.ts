import { z } from 'zod';
import { HazardLevel, HazardType } from './enums.ts';
import { feature, Id, patchProperties, Versioned } from './feature.ts';
import { AreaGeometry, MultiPolygonGeometry } from './geometry.ts';
import { text } from './text.ts';

export const HazardZoneProperties = z.strictObject({
  name: text().trim().min(1).max(200),
  hazardType: HazardType,
  level: HazardLevel,
  /** Where the zone comes from (InaRISK, BPBD survey, the demo seed's approximation, …). */
  source: text().max(1_000).nullable().default(null),
  notes: text().max(5_000).nullable().default(null),
});
export type HazardZoneProperties = z.infer<typeof HazardZoneProperties>;

export const HazardZoneCreate = feature(AreaGeometry, HazardZoneProperties).meta({ id: 'HazardZoneCreate' });
export type HazardZoneCreate = z.input<typeof HazardZoneCreate>;

export const HazardZonePatch = z
  .strictObject({
    type: z.literal('Feature').optional(),
    geometry: AreaGeometry.optional(),
    properties: patchProperties(HazardZoneProperties).optional(),
  })
  .meta({ id: 'HazardZonePatch' });
export type HazardZonePatch = z.infer<typeof HazardZonePatch>;

export const HazardZoneFeature = feature(
  MultiPolygonGeometry,
  z.object({ id: Id, ...HazardZoneProperties.shape, areaKm2: z.number(), ...Versioned.shape }),
).meta({ id: 'HazardZone' });
export type HazardZoneFeature = z.infer<typeof HazardZoneFeature>;
