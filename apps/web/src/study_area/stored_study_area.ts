import { type StudyArea, type StudyBBox, studyAreaOf } from '@siaga/geo';
import type { AdminAreaFeature, RoadFeature } from '@siaga/schema';

/** The bounding box of the loaded roads, or null when none is loaded. */
export function roadsBBox(roads: readonly RoadFeature[]): StudyBBox | null {
  if (roads.length === 0) return null;
  const box: StudyBBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const road of roads) {
    for (const [lon, lat] of road.geometry.coordinates) {
      box[0] = Math.min(box[0], lon);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lon);
      box[3] = Math.max(box[3], lat);
    }
  }
  return box;
}

let last: {
  kabupaten: readonly AdminAreaFeature[];
  roads: readonly RoadFeature[];
  area: StudyArea | null;
} | null = null;

/**
 * The study area of the loaded data by the API's own rule (@siaga/geo `studyAreaOf`): within 2 km of the stored
 * kabupaten outline(s), else of the roads' bounding box; null while neither is loaded. Remembers the last answer,
 * so the map and the location box share one per load.
 *
 * @example storedStudyArea(kabupaten, roads)?.contains([115.09, -8.11]) // true on the Buleleng seed
 */
export function storedStudyArea(
  kabupaten: readonly AdminAreaFeature[],
  roads: readonly RoadFeature[],
): StudyArea | null {
  if (last?.kabupaten === kabupaten && last.roads === roads) return last.area;
  const outline = kabupaten.flatMap((k) => k.geometry.coordinates);
  const area = studyAreaOf(outline, outline.length > 0 ? null : roadsBBox(roads));
  last = { kabupaten, roads, area };
  return area;
}

/** The stored kabupaten names, for the sentences that name the study area. */
export function areaNames(kabupaten: readonly AdminAreaFeature[]): string[] {
  return kabupaten.map((k) => k.properties.name);
}
