import { OsmRoadCollector } from './osm_road_collector.ts';
import { readPbfElements } from './pbf_elements.ts';
import type { ReadRoadsResult } from './road_line.ts';

/**
 * Reads the drivable roads of an .osm.pbf extract (see OsmRoadCollector): ways crossing the extract's edge keep
 * their parts inside, barrier nodes put their access on the metre of road through them. Throws an OsmFileError
 * on an empty, truncated or corrupt file. Runs in Node and in a browser alike.
 *
 * @example const { roads, summary } = readOsmPbf(await readFile('andorra.osm.pbf'))
 */
export function readOsmPbf(data: Uint8Array): ReadRoadsResult {
  const collector = new OsmRoadCollector();
  readPbfElements(data, collector);
  return collector.result();
}
