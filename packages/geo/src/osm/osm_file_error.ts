import type { ReadRoadsResult } from './road_line.ts';

/** What an OSM file reader hands on: nodes (tags only when the node has some) and ways. */
export interface OsmSink {
  node(id: number, lon: number, lat: number, tags: Record<string, string> | null): void;
  way(id: number, refs: number[], tags: Record<string, string>): void;
  /**
   * Asked, when present, before a way's tags are decoded: true drops the way unread (the sink counts it). Lets
   * a clipped import pass over the millions of ways outside its area cheaply.
   */
  skipsWay?(id: number, refs: readonly number[]): boolean;
}

/** A sink that turns what it was fed into roads. */
export interface RoadCollector extends OsmSink {
  result(): ReadRoadsResult;
}

/** A file that is not a readable OSM file: empty, cut short, corrupt or of an unsupported kind. */
export class OsmFileError extends Error {
  override name = 'OsmFileError';
}
