import { SiagaError } from '@siaga/schema';
import type { RoutingState } from './network_service.ts';
import { STUDY_AREA_MARGIN_M } from './study_area.ts';

/** Refuses request points the network does not cover, naming each by its place in the body. */
export function requireInStudyArea(
  state: RoutingState,
  points: readonly { point: readonly number[]; path: string }[],
): void {
  const outside = points.filter((p) => !state.studyArea.contains(p.point));
  if (outside.length === 0) return;
  const where =
    state.studyArea.source === 'kabupaten' ? 'the kabupaten outline' : "the road network's bounding box";
  throw new SiagaError(
    'out_of_study_area',
    `${outside.length === 1 ? 'A point lies' : `${outside.length} points lie`} more than ${STUDY_AREA_MARGIN_M / 1000} km outside ${where}`,
    outside.map((p) => ({ path: p.path, message: `[${p.point.join(', ')}] is outside the study area` })),
  );
}
