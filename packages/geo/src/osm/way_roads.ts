import type { RoadProperties } from '@siaga/schema';
import { roadFromOsmTags } from './road_from_tags.ts';
import { countSkip, type ReadSummary, type RoadLine } from './road_line.ts';
import { wayPieces } from './way_pieces.ts';

/** A way whose tags made a road: what is needed to turn it into roads once its nodes are known. */
export interface RoadWay {
  refs: readonly number[];
  tags: Record<string, string>;
  road: RoadProperties;
}

/**
 * Counts way `id` as read in `summary` and returns it as a RoadWay (sourceId `osm:way/<id>`), or null, counted
 * as skipped with the reason, when its tags do not make a road.
 */
export function readRoadWay(
  summary: ReadSummary,
  id: number,
  refs: readonly number[],
  tags: Record<string, string>,
): RoadWay | null {
  summary.waysRead++;
  const parsed = roadFromOsmTags(tags, `osm:way/${id}`);
  if (!parsed.ok) {
    countSkip(summary, parsed.reason);
    return null;
  }
  return { refs, tags, road: parsed.road };
}

/**
 * Appends the roads of one way to `out` (one per piece, see wayPieces; sourceId `osm:way/<id>`, or
 * `osm:way/<id>#<n>` when it was split) and counts it in `summary`: kept, cut, barriers, or skipped when no piece
 * of two nodes is left (as `missingNodes` when nodes were missing).
 */
export function addWayRoads(
  way: RoadWay,
  position: (id: number) => [number, number] | null,
  barriers: ReadonlyMap<number, string>,
  summary: ReadSummary,
  out: RoadLine[],
  missingNodes = 'node outside extract',
): void {
  const { pieces, cut } = wayPieces(way.refs, position, barriers);
  if (pieces.length === 0) {
    countSkip(summary, cut ? missingNodes : 'fewer than 2 nodes');
    return;
  }
  if (cut) summary.cutAtExtractEdge++;
  const base = way.road.sourceId;
  pieces.forEach((piece, n) => {
    if (piece.barrierAccess !== undefined) summary.barriers++;
    out.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: piece.positions },
      properties: {
        ...way.road,
        sourceId: pieces.length > 1 ? `${base}#${n}` : base,
        ...(piece.barrierAccess === undefined ? {} : { access: piece.barrierAccess }),
      },
      tags: way.tags,
      ...(piece.nodeIds === undefined ? {} : { nodeIds: piece.nodeIds }),
    });
  });
  summary.kept++;
}
