import type { RoadClass } from '@siaga/schema';
import type { SurfaceClass } from './surface_class.ts';

/**
 * How a vehicle drives the network. Plain data, so a profile can be edited, saved and posted to a Worker.
 * Edge speed = min(speedKmh[class] x surfaceFactor[surface], maxspeed when `capAtMaxspeed`); an edge is barred
 * (never used) when its access value is in `barredAccess` or its surface is in `barredSurfaces[class]`.
 */
export interface VehicleProfile {
  id: string;
  name: string;
  speedKmh: Record<RoadClass, number>;
  surfaceFactor: Record<SurfaceClass, number>;
  /**
   * OSM vehicle kinds whose own access tags apply to this vehicle, most specific first (`hgv` before
   * `motorcar` for a fire engine); their value overrides the general one. `no` always bars.
   */
  accessModes: readonly string[];
  barredAccess: readonly string[];
  barredSurfaces: Partial<Record<RoadClass, readonly SurfaceClass[]>>;
  capAtMaxspeed: boolean;
  /** Speed on the straight leg between a point and the road it snaps to: crews carrying gear on foot. */
  offNetworkKmh: number;
  /** A point farther than this from every usable road cannot be routed (answered as unreachable). */
  maxSnapM: number;
}

const urbanRural = (
  motorway: number,
  trunk: number,
  primary: number,
  secondary: number,
  tertiary: number,
  minor: number,
  residential: number,
  service: number,
  track: number,
): Record<RoadClass, number> => ({
  motorway,
  motorway_link: Math.round(motorway * 0.6),
  trunk,
  trunk_link: Math.round(trunk * 0.6),
  primary,
  primary_link: Math.round(primary * 0.6),
  secondary,
  secondary_link: Math.round(secondary * 0.6),
  tertiary,
  tertiary_link: Math.round(tertiary * 0.6),
  unclassified: minor,
  residential,
  living_street: 10,
  service,
  track,
  road: minor,
});

/**
 * A fire engine (heavy truck, 8-15 t): slow on minor and unpaved roads, kept off private roads (gates) and off
 * tracks of rough surface (DOMAIN: old trucks cannot climb steep, narrow roads). Destination-only roads stay
 * open: an emergency is a destination.
 */
export const FIRE_ENGINE: VehicleProfile = {
  id: 'fire_engine',
  name: 'Fire engine',
  speedKmh: urbanRural(80, 60, 50, 40, 35, 25, 20, 15, 10),
  surfaceFactor: { paved: 1, unknown: 0.9, unpaved: 0.6, rough: 0.4 },
  accessModes: ['hgv', 'motorcar'],
  barredAccess: ['private', 'agricultural', 'forestry', 'delivery'],
  barredSurfaces: { track: ['rough'], service: ['rough'] },
  capAtMaxspeed: true,
  offNetworkKmh: 4,
  maxSnapM: 5_000,
};

/** A 4x4 light rescue vehicle: faster than an engine, drives tracks of any surface, still no private roads. */
export const LIGHT_RESCUE: VehicleProfile = {
  id: 'light_rescue',
  name: 'Light rescue vehicle',
  speedKmh: urbanRural(90, 70, 60, 50, 45, 35, 25, 20, 15),
  surfaceFactor: { paved: 1, unknown: 0.9, unpaved: 0.7, rough: 0.5 },
  accessModes: ['motorcar'],
  barredAccess: ['private'],
  barredSurfaces: {},
  capAtMaxspeed: true,
  offNetworkKmh: 4,
  maxSnapM: 5_000,
};

/** A trail motorbike (relawan, BPBD TRC): threads narrow roads and tracks, may use private access roads. */
export const MOTORBIKE: VehicleProfile = {
  id: 'motorbike',
  name: 'Motorbike',
  speedKmh: urbanRural(0, 60, 55, 50, 45, 35, 30, 25, 20),
  surfaceFactor: { paved: 1, unknown: 0.9, unpaved: 0.75, rough: 0.6 },
  accessModes: ['motorcycle'],
  barredAccess: [],
  barredSurfaces: {},
  capAtMaxspeed: true,
  offNetworkKmh: 5,
  maxSnapM: 5_000,
};

export const PROFILES = {
  fire_engine: FIRE_ENGINE,
  light_rescue: LIGHT_RESCUE,
  motorbike: MOTORBIKE,
} as const;
