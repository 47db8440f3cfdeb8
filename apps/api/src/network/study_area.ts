import { EARTH_RADIUS_M } from '@siaga/geo';
import type { AdminAreaFeature, BBox } from '@siaga/schema';

/** How far outside the kabupaten outline a point may lie: incidents on the border road or just offshore count. */
export const STUDY_AREA_MARGIN_M = 2_000;

/**
 * Where routing answers: within STUDY_AREA_MARGIN_M of the kabupaten outline, or, while no kabupaten is loaded,
 * within the margin of the road network's bounding box.
 */
export interface StudyArea {
  source: 'kabupaten' | 'roads';
  contains(point: readonly number[]): boolean;
}

type Ring = readonly (readonly number[])[];

export function studyAreaOf(
  kabupaten: AdminAreaFeature | undefined,
  roadsBBox: BBox | null,
): StudyArea | null {
  if (kabupaten !== undefined) {
    const polygons = kabupaten.geometry.coordinates;
    return {
      source: 'kabupaten',
      contains: (p) => insideAny(p, polygons) || nearAnyRing(p, polygons, STUDY_AREA_MARGIN_M),
    };
  }
  if (roadsBBox === null) return null;
  const [w, s, e, n] = roadsBBox;
  const box: Ring = [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ];
  return {
    source: 'roads',
    contains: (p) => insideAny(p, [[box]]) || nearAnyRing(p, [[box]], STUDY_AREA_MARGIN_M),
  };
}

/** Even-odd over each polygon's rings, so holes are outside. */
function insideAny(p: readonly number[], polygons: readonly (readonly Ring[])[]): boolean {
  const x = p[0] ?? 0;
  const y = p[1] ?? 0;
  return polygons.some((rings) => {
    let inside = false;
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const xi = ring[i]?.[0] ?? 0;
        const yi = ring[i]?.[1] ?? 0;
        const xj = ring[j]?.[0] ?? 0;
        const yj = ring[j]?.[1] ?? 0;
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
    return inside;
  });
}

/** Within `m` metres of any ring edge, in a local equirectangular frame around the point (exact enough at 2 km). */
function nearAnyRing(p: readonly number[], polygons: readonly (readonly Ring[])[], m: number): boolean {
  const lon0 = p[0] ?? 0;
  const lat0 = p[1] ?? 0;
  const ky = (Math.PI / 180) * EARTH_RADIUS_M;
  const kx = ky * Math.cos((lat0 * Math.PI) / 180);
  const m2 = m * m;
  for (const rings of polygons) {
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const ax = ((ring[i - 1]?.[0] ?? 0) - lon0) * kx;
        const ay = ((ring[i - 1]?.[1] ?? 0) - lat0) * ky;
        const bx = ((ring[i]?.[0] ?? 0) - lon0) * kx;
        const by = ((ring[i]?.[1] ?? 0) - lat0) * ky;
        const dx = bx - ax;
        const dy = by - ay;
        const len2 = dx * dx + dy * dy;
        const t = len2 > 0 ? Math.min(1, Math.max(0, -(ax * dx + ay * dy) / len2)) : 0;
        const px = ax + t * dx;
        const py = ay + t * dy;
        if (px * px + py * py <= m2) return true;
      }
    }
  }
  return false;
}
