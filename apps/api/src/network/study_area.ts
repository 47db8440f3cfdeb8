import { metresPerDegree, pointInPolygon, pointSegmentDistance } from '@siaga/geo';
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
  /** The outline's (or the roads') bounding box widened by the margin: no line or area may reach beyond it. */
  bbox: BBox;
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
      bbox: widened(bboxOfRings(polygons.flat()), STUDY_AREA_MARGIN_M),
      contains: (p) =>
        polygons.some((rings) => pointInPolygon(p[0] ?? 0, p[1] ?? 0, rings)) ||
        nearAnyRing(p, polygons, STUDY_AREA_MARGIN_M),
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
    bbox: widened(roadsBBox, STUDY_AREA_MARGIN_M),
    contains: (p) =>
      pointInPolygon(p[0] ?? 0, p[1] ?? 0, [box]) || nearAnyRing(p, [[box]], STUDY_AREA_MARGIN_M),
  };
}

/** Within `m` metres of any ring edge, in a local equirectangular frame around the point (exact enough at 2 km). */
function nearAnyRing(p: readonly number[], polygons: readonly (readonly Ring[])[], m: number): boolean {
  const lon0 = p[0] ?? 0;
  const lat0 = p[1] ?? 0;
  const k = metresPerDegree(lat0);
  for (const rings of polygons) {
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const ax = ((ring[i - 1]?.[0] ?? 0) - lon0) * k.x;
        const ay = ((ring[i - 1]?.[1] ?? 0) - lat0) * k.y;
        const bx = ((ring[i]?.[0] ?? 0) - lon0) * k.x;
        const by = ((ring[i]?.[1] ?? 0) - lat0) * k.y;
        if (pointSegmentDistance(0, 0, ax, ay, bx, by) <= m) return true;
      }
    }
  }
  return false;
}

function bboxOfRings(rings: readonly Ring[]): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (const [lon = 0, lat = 0] of ring) {
      box[0] = Math.min(box[0], lon);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lon);
      box[3] = Math.max(box[3], lat);
    }
  }
  return box;
}

/** The box widened by `m` metres on every side (degrees of longitude measured at its widest latitude). */
function widened([w, s, e, n]: BBox, m: number): BBox {
  const k = metresPerDegree(Math.max(Math.abs(s), Math.abs(n)));
  return [w - m / k.x, s - m / k.y, e + m / k.x, n + m / k.y];
}
