import { metresPerDegree } from '../measure/haversine.ts';
import { pointInPolygon } from '../measure/point_in_polygon.ts';
import type { OutlinePolygons, StudyArea } from './study_area.ts';
import { STUDY_AREA_MARGIN_M } from './study_area.ts';

/** A GeoJSON Point, LineString, Polygon or MultiPolygon (coordinates unchecked beyond their nesting). */
export interface PlainGeometry {
  type: string;
  coordinates: unknown;
}

type Position = readonly number[];
type Path = readonly Position[];

/** Edges are tested every this many metres: under the margin, so an edge crossing the outline is always seen. */
const SAMPLE_STEP_M = STUDY_AREA_MARGIN_M / 2;

/**
 * Why a geometry is not in the study area, or null when it is. A point must lie within the margin of the
 * outline. A line or area must reach into the study area somewhere (a vertex or a point of an edge within the
 * margin, or, for an area, the outline inside it), and no vertex may lie beyond the widened extent (so nothing
 * spans more than the study area). Partly outside is kept as drawn, not clipped: a flood zone along a border
 * river or a coastal zone reaching into the sea is real.
 *
 * @example outsideStudyArea(area, { type: 'Point', coordinates: [0, 0] }) // '[0, 0] is outside the study area'
 */
export function outsideStudyArea(area: StudyArea, geometry: PlainGeometry): string | null {
  const { type, coordinates } = geometry;
  if (type === 'Point') {
    const point = coordinates as Position;
    return area.contains(point) ? null : `[${point.join(', ')}] is outside the study area`;
  }
  const paths = pathsOf(type, coordinates);
  const [w, s, e, n] = area.bbox;
  for (const path of paths) {
    for (const [lon = 0, lat = 0] of path) {
      if (lon < w || lon > e || lat < s || lat > n) {
        return `the ${type} reaches [${lon}, ${lat}], outside the study area`;
      }
    }
  }
  if (paths.some((path) => pathTouches(area, path))) return null;
  if (type === 'Polygon' || type === 'MultiPolygon') {
    const polygons = (type === 'Polygon' ? [coordinates] : coordinates) as OutlinePolygons;
    if (area.outlinePoints.some(([x = 0, y = 0]) => polygons.some((rings) => pointInPolygon(x, y, rings)))) {
      return null;
    }
  }
  return `the ${type} lies wholly outside the study area`;
}

function pathsOf(type: string, coordinates: unknown): Path[] {
  switch (type) {
    case 'LineString':
      return [coordinates as Path];
    case 'Polygon':
      return coordinates as Path[];
    case 'MultiPolygon':
      return (coordinates as Path[][]).flat();
    default:
      return [];
  }
}

/** Whether a vertex, or a point every SAMPLE_STEP_M along an edge, lies in the study area. */
function pathTouches(area: StudyArea, path: Path): boolean {
  for (let i = 0; i < path.length; i++) {
    const b = path[i] ?? [];
    if (area.contains(b)) return true;
    const a = path[i - 1];
    if (a === undefined) continue;
    const k = metresPerDegree(b[1] ?? 0);
    const dx = ((b[0] ?? 0) - (a[0] ?? 0)) * k.x;
    const dy = ((b[1] ?? 0) - (a[1] ?? 0)) * k.y;
    const steps = Math.ceil(Math.hypot(dx, dy) / SAMPLE_STEP_M);
    for (let j = 1; j < steps; j++) {
      const f = j / steps;
      const lon = (a[0] ?? 0) + f * ((b[0] ?? 0) - (a[0] ?? 0));
      const lat = (a[1] ?? 0) + f * ((b[1] ?? 0) - (a[1] ?? 0));
      if (area.contains([lon, lat])) return true;
    }
  }
  return false;
}
