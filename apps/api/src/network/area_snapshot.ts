import { adminAreas, type Database, hazardZones } from '@siaga/db';
import type { AdminAreaFeature, HazardZoneFeature } from '@siaga/schema';

/** The admin areas (all levels, with boundaries) and hazard zones the study area and coverage are built on. */
export interface AreaSnapshot {
  signature: string;
  adminAreas: AdminAreaFeature[];
  hazardZones: HazardZoneFeature[];
  /** Every stored kabupaten: a study area may span several (their union is the land). */
  kabupaten: AdminAreaFeature[];
}

export async function loadAreas(database: Database, signature: string): Promise<AreaSnapshot> {
  const [areas, zones] = await Promise.all([adminAreas.list(database.db), hazardZones.list(database.db)]);
  return {
    signature,
    adminAreas: areas,
    hazardZones: zones,
    kabupaten: areas.filter((a) => a.properties.level === 'kabupaten'),
  };
}
