import { barrierAccess } from './barrier_access.ts';
import { NodePositions } from './node_positions.ts';
import type { RoadCollector } from './osm_file_error.ts';
import { roadFromOsmTags } from './road_from_tags.ts';
import { countSkip, type ReadRoadsResult, type ReadSummary, type RoadLine } from './road_line.ts';
import { addWayRoads, type RoadWay } from './way_roads.ts';

/**
 * Turns a stream of OSM nodes and ways (from a PBF or an XML file, in either order) into roads: node positions
 * in a hash on typed arrays (NodePositions; a Map stops at 16.7 million entries), the access of barrier nodes,
 * and only the ways that are drivable roads. Each kept way becomes one road per piece (see wayPieces), sourceId
 * `osm:way/<id>`, or `osm:way/<id>#<n>` when it was split. A regional extract: see ClippedRoadCollector.
 *
 * @example const c = new OsmRoadCollector(); c.node(1, 115, -8); c.way(9, [1, 2], { highway: 'primary' }); c.result()
 */
export class OsmRoadCollector implements RoadCollector {
  private readonly nodes = new NodePositions();
  private readonly barriers = new Map<number, string>();
  private readonly ways: RoadWay[] = [];
  private readonly summary: ReadSummary = {
    waysRead: 0,
    kept: 0,
    skipped: {},
    cutAtExtractEdge: 0,
    barriers: 0,
  };

  node(id: number, lon: number, lat: number, tags: Readonly<Record<string, string>> | null): void {
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) return;
    this.nodes.set(id, lon, lat);
    if (tags?.barrier !== undefined) {
      const access = barrierAccess(tags);
      if (access !== null) this.barriers.set(id, access);
    }
  }

  way(id: number, refs: number[], tags: Record<string, string>): void {
    this.summary.waysRead++;
    const parsed = roadFromOsmTags(tags, `osm:way/${id}`);
    if (!parsed.ok) {
      countSkip(this.summary, parsed.reason);
      return;
    }
    this.ways.push({ refs, tags, road: parsed.road });
  }

  result(): ReadRoadsResult {
    const roads: RoadLine[] = [];
    const position = (id: number): [number, number] | null => {
      const s = this.nodes.slot(id);
      return s < 0 ? null : [this.nodes.lon(s), this.nodes.lat(s)];
    };
    for (const way of this.ways) addWayRoads(way, position, this.barriers, this.summary, roads);
    return { roads, summary: this.summary };
  }
}
