import { z } from 'zod';
import { UnitStatus, UnitType } from './enums.ts';
import { Id, patchProperties, Versioned } from './feature.ts';
import type { RoutingProfile } from './routing.ts';
import { text } from './text.ts';

/** People set a unit ready or in maintenance; `assigned` comes only from an assignment. */
const settableStatus = UnitStatus.exclude(['assigned']);

/** A vehicle with its crew, standing at its post (it has no position of its own). */
export const UnitProperties = z.strictObject({
  postId: Id,
  callSign: text().trim().min(1).max(60),
  unitType: UnitType,
  crew: z.number().int().min(0).max(100).default(0),
  status: settableStatus.default('available'),
  notes: text().max(2_000).nullable().default(null),
});

export const UnitCreate = UnitProperties.meta({ id: 'UnitCreate' });
export type UnitCreate = z.input<typeof UnitCreate>;

export const UnitPatch = patchProperties(UnitProperties).meta({ id: 'UnitPatch' });
export type UnitPatch = z.infer<typeof UnitPatch>;

export const Unit = z
  .object({ id: Id, ...UnitProperties.shape, status: UnitStatus, ...Versioned.shape })
  .meta({ id: 'Unit' });
export type Unit = z.infer<typeof Unit>;

export const UnitList = z.object({ units: z.array(Unit) }).meta({ id: 'UnitList' });
export type UnitList = z.infer<typeof UnitList>;

/**
 * The routing profile a unit drives with: engines and tankers as fire engines, motorcycles as motorbikes, the
 * rest (a boat goes on its trailer) as light rescue vehicles. The server's ETA at dispatch and the app's ranking
 * use the same table.
 */
export const unitProfile = {
  fire_engine: 'fire_engine',
  water_tanker: 'fire_engine',
  rescue_vehicle: 'light_rescue',
  ambulance: 'light_rescue',
  pickup: 'light_rescue',
  motorcycle: 'motorbike',
  boat: 'light_rescue',
} as const satisfies Record<UnitType, RoutingProfile>;

/** Items leave a cache on a light vehicle. */
export const itemsProfile: RoutingProfile = 'light_rescue';
