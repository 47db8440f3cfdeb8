import { type StudyArea, studyAreaOf } from '@siaga/geo';
import type { AdminAreaFeature, BBox } from '@siaga/schema';

/**
 * The study area of the stored kabupaten outlines (all of them: their union + 2 km), else of the road network's
 * bounding box (@siaga/geo's rule, as the database's own storedStudyArea).
 */
export function storedStudyArea(
  kabupaten: readonly AdminAreaFeature[],
  roadsBBox: BBox | null,
): StudyArea | null {
  return studyAreaOf(
    kabupaten.flatMap((k) => k.geometry.coordinates),
    roadsBBox,
  );
}
