import tinyOsmPbf from 'tiny-osmpbf';
import { roadFromOsmTags } from './road_from_tags.ts';
import { countSkip, type ReadRoadsResult, type ReadSummary, type RoadLine } from './road_line.ts';

/**
 * Reads the drivable roads of an .osm.pbf extract: one LineString per kept way (ways are not split; the graph
 * builder splits them where they meet), sourceId `osm:way/<id>`, with tags and node ids.
 * tiny-osmpbf inflates blobs into a `Buffer`, so in a browser a Buffer polyfill must be present; the web app
 * fetches the built graph instead of parsing PBF.
 */
export function readOsmPbf(data: Uint8Array): ReadRoadsResult {
  const nodeIndex = new Map<number, number>();
  let coords = new Float64Array(1 << 16);
  let nodeCount = 0;
  const ways: { id: number; nodes: number[]; tags: Record<string, string> }[] = [];
  tinyOsmPbf(data, (el) => {
    if (el.type === 'node') {
      if (2 * nodeCount + 2 > coords.length) {
        const grown = new Float64Array(coords.length * 2);
        grown.set(coords);
        coords = grown;
      }
      nodeIndex.set(el.id, nodeCount);
      coords[2 * nodeCount] = el.lon;
      coords[2 * nodeCount + 1] = el.lat;
      nodeCount++;
    } else if (el.type === 'way') {
      ways.push({ id: el.id, nodes: el.nodes, tags: el.tags ?? {} });
    }
  });
  const summary: ReadSummary = { waysRead: ways.length, kept: 0, skipped: {} };
  const roads: RoadLine[] = [];
  for (const way of ways) {
    const sourceId = `osm:way/${way.id}`;
    const parsed = roadFromOsmTags(way.tags, sourceId);
    if (!parsed.ok) {
      countSkip(summary, parsed.reason);
      continue;
    }
    const positions: [number, number][] = [];
    let missing = false;
    for (const id of way.nodes) {
      const i = nodeIndex.get(id);
      if (i === undefined) {
        missing = true;
        break;
      }
      positions.push([coords[2 * i] ?? 0, coords[2 * i + 1] ?? 0]);
    }
    if (missing) {
      // Extracts cut at a boundary keep ways whose nodes lie outside; a partial line would invent a dead end.
      countSkip(summary, 'node outside extract');
      continue;
    }
    if (positions.length < 2) {
      countSkip(summary, 'fewer than 2 nodes');
      continue;
    }
    roads.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: positions },
      properties: parsed.road,
      tags: way.tags,
      nodeIds: way.nodes,
    });
    summary.kept++;
  }
  return { roads, summary };
}
