import { type StudyArea, studyAreaOf } from '@siaga/geo';
import type { AdminAreaFeature, BBox } from '@siaga/schema';

/** The study area of the stored kabupaten outline, else of the road network's bounding box (@siaga/geo's rule). */
export function storedStudyArea(
  kabupaten: AdminAreaFeature | undefined,
  roadsBBox: BBox | null,
): StudyArea | null {
  return studyAreaOf(kabupaten?.geometry.coordinates ?? [], roadsBBox);
}
