import type { RoadCollector } from './osm_file_error.ts';
import { emptyReadSummary, type ReadRoadsResult, type RoadLine } from './road_line.ts';
import { RoadNodes } from './road_nodes.ts';
import { addWayRoads, type RoadWay, readRoadWay } from './way_roads.ts';

/**
 * Turns a stream of OSM nodes and ways (from a PBF or an XML file, in either order) into roads: node positions
 * in a hash on typed arrays (NodePositions; a Map stops at 16.7 million entries), the access of barrier nodes,
 * and only the ways that are drivable roads. Each kept way becomes one road per piece (see wayPieces), sourceId
 * `osm:way/<id>`, or `osm:way/<id>#<n>` when it was split. A regional extract: see ClippedRoadCollector.
 *
 * @example const c = new OsmRoadCollector(); c.node(1, 115, -8); c.way(9, [1, 2], { highway: 'primary' }); c.result()
 */
export class OsmRoadCollector implements RoadCollector {
  private readonly nodes = new RoadNodes();
  private readonly ways: RoadWay[] = [];
  private readonly summary = emptyReadSummary();

  node(id: number, lon: number, lat: number, tags: Readonly<Record<string, string>> | null): void {
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) return;
    this.nodes.add(id, lon, lat, tags);
  }

  way(id: number, refs: number[], tags: Record<string, string>): void {
    const way = readRoadWay(this.summary, id, refs, tags);
    if (way !== null) this.ways.push(way);
  }

  result(): ReadRoadsResult {
    const roads: RoadLine[] = [];
    for (const way of this.ways)
      addWayRoads(way, this.nodes.position, this.nodes.barriers, this.summary, roads);
    return { roads, summary: this.summary };
  }
}
