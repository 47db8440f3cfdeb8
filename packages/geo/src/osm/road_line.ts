import type { LineStringGeometry, RoadProperties } from '@siaga/schema';

/**
 * A road as the graph builder takes it: a line with its road properties. `tags` and `nodeIds` are kept from the
 * OSM source for inspection; the graph joins roads where they share a vertex position, which is where OSM ways
 * share a node.
 */
export interface RoadLine {
  type: 'Feature';
  geometry: LineStringGeometry;
  properties: RoadProperties;
  tags?: Readonly<Record<string, string>>;
  nodeIds?: readonly number[];
}

/** What a reader kept and why it dropped the rest. */
export interface ReadSummary {
  waysRead: number;
  kept: number;
  skipped: Record<string, number>;
}

export interface ReadRoadsResult {
  roads: RoadLine[];
  summary: ReadSummary;
}

export function countSkip(summary: ReadSummary, reason: string): void {
  summary.skipped[reason] = (summary.skipped[reason] ?? 0) + 1;
}
