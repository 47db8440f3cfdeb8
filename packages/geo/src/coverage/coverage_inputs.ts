import type { AdminLevel, AreaGeometry, HazardLevel, HazardType } from '@siaga/schema';

/** An administrative area as coverage needs it; AdminAreaFeature satisfies this. */
export interface AdminAreaInput {
  geometry: AreaGeometry;
  properties: {
    code: string;
    name: string;
    level: AdminLevel;
    parentCode?: string | null;
    isKelurahan?: boolean | null;
    population?: number | null;
  };
}

/** A hazard zone as coverage needs it; HazardZoneFeature satisfies this. */
export interface HazardZoneInput {
  geometry: AreaGeometry;
  properties: { hazardType: HazardType; level: HazardLevel };
}

/** A post (existing, planned or a candidate the planner is dragging): where it is and how long it takes to roll. */
export interface CoveragePost {
  id: string;
  /** [lon, lat] */
  position: readonly number[];
  /** Seconds from the call to the first vehicle leaving; 0 when absent. */
  turnoutSeconds?: number;
}

/** A desa's representative point (a village centre), as in data/desa_points.geojson. */
export interface DesaPointInput {
  geometry: { type: 'Point'; coordinates: readonly number[] };
  properties: { code: string };
}
