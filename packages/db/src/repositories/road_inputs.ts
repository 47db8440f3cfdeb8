import type { RoadLine } from '@siaga/geo';
import { RoadCreate, SiagaError } from '@siaga/schema';
import type { RoadCreateParsed } from './roads.ts';

/**
 * The rows for the roads table from what an OSM reader kept (`readOsmPbf`, `readGeoJsonRoads`): the one path from
 * OSM tags to stored roads, shared by the importer and the demo seed. A road the schema refuses fails the whole
 * batch, naming it, so nothing is half-written.
 *
 * @example roads.create(tx, roadInputsOf(readGeoJsonRoads(collection).roads, 'roads.geojson'))
 */
export function roadInputsOf(lines: readonly RoadLine[], source: string): RoadCreateParsed[] {
  return lines.map((line, index) => {
    const parsed = RoadCreate.safeParse({
      type: 'Feature',
      geometry: line.geometry,
      properties: line.properties,
    });
    if (parsed.success) return parsed.data;
    const where = line.featureIndex === undefined ? `road ${index}` : `feature ${line.featureIndex}`;
    throw new SiagaError(
      'validation_failed',
      `Road ${line.properties.sourceId} (${where}) of ${source} is not valid; nothing was written`,
      parsed.error.issues.map((i) => ({
        path: [`${source}.features.${line.featureIndex ?? index}`, ...i.path.map(String)].join('.'),
        message: i.message,
      })),
    );
  });
}
