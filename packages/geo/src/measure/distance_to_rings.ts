import { metresPerDegree } from './haversine.ts';
import { pointSegmentDistance } from './segment_projection.ts';

type Ring = readonly (readonly number[])[];
/** Polygons, each a list of rings (outer first), as in a GeoJSON MultiPolygon's coordinates. */
export type OutlinePolygons = readonly (readonly Ring[])[];

/**
 * Metres from a lon/lat point to the nearest ring edge of the polygons, in a local equirectangular frame around the
 * point (exact enough at a few km); stops early once an edge is within `enough` metres.
 *
 * @example distanceToRings([0, 0.001], [[[[0, 0], [1, 0], [1, 1], [0, 0]]]], 0) // about 111
 */
export function distanceToRings(p: readonly number[], polygons: OutlinePolygons, enough: number): number {
  const lon0 = p[0] ?? 0;
  const lat0 = p[1] ?? 0;
  const k = metresPerDegree(lat0);
  let best = Number.POSITIVE_INFINITY;
  for (const rings of polygons) {
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const ax = ((ring[i - 1]?.[0] ?? 0) - lon0) * k.x;
        const ay = ((ring[i - 1]?.[1] ?? 0) - lat0) * k.y;
        const bx = ((ring[i]?.[0] ?? 0) - lon0) * k.x;
        const by = ((ring[i]?.[1] ?? 0) - lat0) * k.y;
        best = Math.min(best, pointSegmentDistance(0, 0, ax, ay, bx, by));
        if (best <= enough) return best;
      }
    }
  }
  return best;
}
