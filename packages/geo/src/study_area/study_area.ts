import { distanceToRings, type OutlinePolygons } from '../measure/distance_to_rings.ts';
import { metresPerDegree } from '../measure/haversine.ts';
import { pointInPolygon } from '../measure/point_in_polygon.ts';

/** How far outside the kabupaten outline a point may lie: incidents on the border road or just offshore count. */
export const STUDY_AREA_MARGIN_M = 2_000;

/** west, south, east, north (WGS 84 degrees). */
export type StudyBBox = [number, number, number, number];
type Ring = readonly (readonly number[])[];

export type { OutlinePolygons } from '../measure/distance_to_rings.ts';

/**
 * Where the app works, derived from the stored data only: within STUDY_AREA_MARGIN_M of the kabupaten outline,
 * or, while no kabupaten is stored, within the margin of the roads' bounding box. The API (routing, every
 * geometry it is sent, imports) and the web app (map view, location box) use this one rule.
 */
export interface StudyArea {
  source: 'kabupaten' | 'roads';
  /** The outline's (or the roads') own bounding box: what the map shows first. */
  extent: StudyBBox;
  /** The extent widened by the margin: no line or area may reach beyond it. */
  bbox: StudyBBox;
  /** One vertex of each outline polygon: an area holding one of them covers part of the study area. */
  outlinePoints: readonly (readonly number[])[];
  contains(point: readonly number[]): boolean;
  /** Metres from the point to the outline (the roads' box), 0 inside it. */
  distanceM(point: readonly number[]): number;
}

/**
 * The study area of the stored kabupaten outline(s), else of the roads' bounding box; null when neither is
 * stored (there is nothing to hold geometries to yet).
 *
 * @example studyAreaOf([kabupaten.geometry.coordinates].flat(), null)?.contains([115.09, -8.11]) // true
 */
export function studyAreaOf(outline: OutlinePolygons, roadsBBox: StudyBBox | null): StudyArea | null {
  if (outline.length > 0) return areaOf('kabupaten', outline, bboxOfPolygons(outline));
  if (roadsBBox === null) return null;
  const [w, s, e, n] = roadsBBox;
  const box: Ring = [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ];
  return areaOf('roads', [[box]], roadsBBox);
}

function areaOf(source: StudyArea['source'], polygons: OutlinePolygons, extent: StudyBBox): StudyArea {
  const bbox = widened(extent, STUDY_AREA_MARGIN_M);
  const inside = (p: readonly number[]) =>
    polygons.some((rings) => pointInPolygon(p[0] ?? 0, p[1] ?? 0, rings));
  return {
    source,
    extent,
    bbox,
    outlinePoints: polygons.flatMap((rings) => rings[0]?.slice(0, 1) ?? []),
    contains: (p) =>
      inBox(p, bbox) &&
      (inside(p) || distanceToRings(p, polygons, STUDY_AREA_MARGIN_M) <= STUDY_AREA_MARGIN_M),
    distanceM: (p) => (inside(p) ? 0 : distanceToRings(p, polygons, 0)),
  };
}

function inBox(p: readonly number[], [w, s, e, n]: StudyBBox): boolean {
  const lon = p[0] ?? 0;
  const lat = p[1] ?? 0;
  return lon >= w && lon <= e && lat >= s && lat <= n;
}

function bboxOfPolygons(polygons: OutlinePolygons): StudyBBox {
  const box: StudyBBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of polygons) {
    for (const [lon = 0, lat = 0] of rings[0] ?? []) {
      box[0] = Math.min(box[0], lon);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lon);
      box[3] = Math.max(box[3], lat);
    }
  }
  return box;
}

/** The box widened by `m` metres on every side (degrees of longitude measured at its widest latitude). */
export function widened([w, s, e, n]: StudyBBox, m: number): StudyBBox {
  const k = metresPerDegree(Math.max(Math.abs(s), Math.abs(n)));
  return [w - m / k.x, s - m / k.y, e + m / k.x, n + m / k.y];
}
