import { type StudyArea, type StudyBBox, studyAreaOf } from '@siaga/geo';
import type { AdminAreaFeature } from '@siaga/schema';

let last: {
  kabupaten: readonly AdminAreaFeature[];
  roadsExtent: StudyBBox | null;
  area: StudyArea | null;
} | null = null;

/**
 * The study area of the loaded data by the API's own rule (@siaga/geo `studyAreaOf`): within 2 km of the stored
 * kabupaten outline(s), else of the roads' extent as the API reports it (`/api/network` bbox, the graph the API
 * holds geometries to); null while neither is known. Remembers the last answer, so the map and the location box
 * share one per load.
 *
 * @example storedStudyArea(kabupaten, roadsExtent)?.contains([115.09, -8.11]) // true on the Buleleng seed
 */
export function storedStudyArea(
  kabupaten: readonly AdminAreaFeature[],
  roadsExtent: StudyBBox | null,
): StudyArea | null {
  if (last?.kabupaten === kabupaten && last.roadsExtent === roadsExtent) return last.area;
  const outline = kabupaten.flatMap((k) => k.geometry.coordinates);
  const area = studyAreaOf(outline, outline.length > 0 ? null : roadsExtent);
  last = { kabupaten, roadsExtent, area };
  return area;
}

/** The stored kabupaten names, for the sentences that name the study area. */
export function areaNames(kabupaten: readonly AdminAreaFeature[]): string[] {
  return kabupaten.map((k) => k.properties.name);
}
