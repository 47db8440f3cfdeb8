import { positionsOf, SiagaError } from '@siaga/schema';
import type { RoutingState } from './network_service.ts';
import { STUDY_AREA_MARGIN_M, type StudyArea } from './study_area.ts';

/** A GeoJSON geometry of a request body and where it sits in it (e.g. body.features.3.geometry). */
export interface GeometryAt {
  geometry: { type: string; coordinates: unknown };
  path: string;
}

/** Why the geometry is not in the study area, or null: points exactly, lines and areas by their extent. */
function outsideBecause(area: StudyArea, { type, coordinates }: GeometryAt['geometry']): string | null {
  if (type === 'Point') {
    const point = coordinates as number[];
    return area.contains(point) ? null : `[${point.join(', ')}] is outside the study area`;
  }
  const [w, s, e, n] = area.bbox;
  for (const [lon = 0, lat = 0] of positionsOf(coordinates)) {
    if (lon < w || lon > e || lat < s || lat > n) {
      return `the ${type} reaches [${lon}, ${lat}], outside the study area`;
    }
  }
  return null;
}

/**
 * Refuses geometries the study area does not hold (422 out_of_study_area), naming each by its place in the body:
 * a point must lie within the margin of the outline, a line or area within the margin of the outline's extent
 * (so none can be larger than the study area either).
 */
export function requireGeometriesInStudyArea(area: StudyArea, geometries: readonly GeometryAt[]): void {
  const outside = geometries.flatMap((g) => {
    const message = outsideBecause(area, g.geometry);
    return message === null ? [] : [{ path: g.path, message }];
  });
  if (outside.length === 0) return;
  const where = area.source === 'kabupaten' ? 'the kabupaten outline' : "the road network's bounding box";
  throw new SiagaError(
    'out_of_study_area',
    `${outside.length === 1 ? 'A geometry lies' : `${outside.length} geometries lie`} more than ${STUDY_AREA_MARGIN_M / 1000} km outside ${where}`,
    outside,
  );
}

/** Refuses request points the network does not cover, naming each by its place in the body. */
export function requireInStudyArea(
  state: RoutingState,
  points: readonly { point: readonly number[]; path: string }[],
): void {
  requireGeometriesInStudyArea(
    state.studyArea,
    points.map((p) => ({ geometry: { type: 'Point', coordinates: p.point }, path: p.path })),
  );
}
