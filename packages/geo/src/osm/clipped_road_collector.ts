import type { ClipArea } from './clip_area.ts';
import { OsmFileError, type RoadCollector } from './osm_file_error.ts';
import { countSkip, emptyReadSummary, type ReadRoadsResult, type RoadLine } from './road_line.ts';
import { RoadNodes } from './road_nodes.ts';
import { addWayRoads, readRoadWay } from './way_roads.ts';

/** What a clipped read saw of the nodes, beside the usual summary. */
export interface ClipCounts {
  nodesRead: number;
  nodesKept: number;
}

export const OUTSIDE_CLIP = 'outside the clip area';

/**
 * The road collector for a regional extract cut to a study area, in memory bounded by the area, not the file:
 * it keeps the positions (and barrier access) of the nodes inside the area only, and turns each way into roads
 * as soon as it is read, so nothing of the ways outside is held. A way with at least one node kept keeps its
 * runs of kept nodes (a road crossing the area's edge is cut there, see wayPieces); the others are counted as
 * `outside the clip area`.
 *
 * Needs the file's nodes before its ways, as every .osm.pbf and .osm from Geofabrik, the OSM API, osmium and
 * osmconvert has them: a node after a way fails with an OsmFileError saying how to sort the file.
 *
 * @example const c = new ClippedRoadCollector(area); readPbfElements(bytes, c); const { roads } = c.result()
 */
export class ClippedRoadCollector implements RoadCollector {
  private readonly nodes = new RoadNodes();
  private readonly roads: RoadLine[] = [];
  private readonly summary = emptyReadSummary();
  readonly counts: ClipCounts = { nodesRead: 0, nodesKept: 0 };

  constructor(private readonly area: ClipArea) {}

  node(id: number, lon: number, lat: number, tags: Readonly<Record<string, string>> | null): void {
    if (this.summary.waysRead > 0) {
      throw new OsmFileError(
        `node ${id} comes after the ways: --clip needs a file sorted nodes first (sort it with \`osmium sort\`)`,
      );
    }
    this.counts.nodesRead++;
    if (!this.area.contains(lon, lat)) return;
    this.nodes.add(id, lon, lat, tags);
    this.counts.nodesKept = this.nodes.size;
  }

  skipsWay(_id: number, refs: readonly number[]): boolean {
    for (const ref of refs) if (this.nodes.has(ref)) return false;
    this.summary.waysRead++;
    countSkip(this.summary, OUTSIDE_CLIP);
    return true;
  }

  way(id: number, refs: number[], tags: Record<string, string>): void {
    if (this.skipsWay(id, refs)) return;
    const way = readRoadWay(this.summary, id, refs, tags);
    if (way === null) return;
    addWayRoads(way, this.nodes.position, this.nodes.barriers, this.summary, this.roads, OUTSIDE_CLIP);
  }

  /** Roads kept so far (for progress). */
  get roadsKept(): number {
    return this.summary.kept;
  }

  result(): ReadRoadsResult {
    return { roads: this.roads, summary: this.summary };
  }
}
