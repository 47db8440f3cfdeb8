import { accessFor } from '../osm/access_tags.ts';
import type { VehicleProfile } from '../profiles.ts';
import { surfaceClassOf } from '../surface_class.ts';
import { edgeCount, linkCount, ROAD_CLASS_CODES, type RoadGraph } from './road_graph.ts';

/** Travel times of one profile on one graph: seconds per link (either direction) and per directed edge. */
export interface EdgeWeights {
  profile: VehicleProfile;
  /** Seconds to drive the whole link; Infinity where the profile is barred. */
  linkSeconds: Float32Array;
  /** linkSeconds of each edge's link, laid out like edgeTarget for the search's inner loop. */
  edgeSeconds: Float32Array;
}

/** Speed in km/h of `profile` on road `r`, 0 when barred. */
export function roadSpeedKmh(g: RoadGraph, profile: VehicleProfile, r: number): number {
  const roadClass = ROAD_CLASS_CODES[g.roadClass[r] ?? 0] ?? 'road';
  const access = accessFor(g.roadAccess[r] ?? null, profile.accessModes);
  if (access === 'no' || (access !== null && profile.barredAccess.includes(access))) return 0;
  const surface = surfaceClassOf(g.roadSurface[r] ?? null);
  if (profile.barredSurfaces[roadClass]?.includes(surface)) return 0;
  let speed = profile.speedKmh[roadClass] * profile.surfaceFactor[surface];
  const maxspeed = g.roadMaxspeed[r] ?? 0;
  if (profile.capAtMaxspeed && maxspeed > 0) speed = Math.min(speed, maxspeed);
  return speed > 0 && Number.isFinite(speed) ? speed : 0;
}

/**
 * Computes travel-time weights for a profile. The graph is not changed: weights live beside it, one set per
 * profile.
 */
export function computeEdgeWeights(g: RoadGraph, profile: VehicleProfile): EdgeWeights {
  const roadSpeed = new Float64Array(g.roadClass.length);
  for (let r = 0; r < roadSpeed.length; r++) roadSpeed[r] = roadSpeedKmh(g, profile, r);
  const linkSeconds = new Float32Array(linkCount(g));
  for (let l = 0; l < linkSeconds.length; l++) {
    const kmh = roadSpeed[g.linkRoad[l] ?? 0] ?? 0;
    linkSeconds[l] = kmh > 0 ? ((g.linkLengthM[l] ?? 0) * 3.6) / kmh : Number.POSITIVE_INFINITY;
  }
  const edgeSeconds = new Float32Array(edgeCount(g));
  for (let e = 0; e < edgeSeconds.length; e++) edgeSeconds[e] = linkSeconds[g.edgeLink[e] ?? 0] ?? Infinity;
  return { profile, linkSeconds, edgeSeconds };
}
