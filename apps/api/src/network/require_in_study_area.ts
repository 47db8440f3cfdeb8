import { outsideStudyArea, STUDY_AREA_MARGIN_M, type StudyArea } from '@siaga/geo';
import { SiagaError } from '@siaga/schema';
import type { RoutingState } from './network_service.ts';

/** A GeoJSON geometry of a request body and where it sits in it (e.g. body.features.3.geometry). */
export interface GeometryAt {
  geometry: { type: string; coordinates: unknown };
  path: string;
}

/**
 * Refuses geometries the study area does not hold (422 out_of_study_area), naming each by its place in the body:
 * `outsideStudyArea` of @siaga/geo is the rule (the web app's location box applies the same one).
 */
export function requireGeometriesInStudyArea(area: StudyArea, geometries: readonly GeometryAt[]): void {
  const outside = geometries.flatMap((g) => {
    const message = outsideStudyArea(area, g.geometry);
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
