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
  /** Index of the feature in the GeoJSON file it was read from, so errors point at the right one. */
  featureIndex?: number;
}

/** What a reader kept and why it dropped the rest. */
export interface ReadSummary {
  waysRead: number;
  /** Ways (features) of which at least one road was kept. */
  kept: number;
  skipped: Record<string, number>;
  /** Kept ways that crossed the edge of the extract: only their parts inside were kept. */
  cutAtExtractEdge: number;
  /** Barrier nodes (gate, bollard, …) whose access was put on the metre of road through them. */
  barriers: number;
}

export interface ReadRoadsResult {
  roads: RoadLine[];
  summary: ReadSummary;
}

/** A summary with nothing read yet. */
export function emptyReadSummary(): ReadSummary {
  return { waysRead: 0, kept: 0, skipped: {}, cutAtExtractEdge: 0, barriers: 0 };
}

export function countSkip(summary: ReadSummary, reason: string): void {
  summary.skipped[reason] = (summary.skipped[reason] ?? 0) + 1;
}
