/** What an OSM file reader hands on: nodes (tags only when the node has some) and ways. */
export interface OsmSink {
  node(id: number, lon: number, lat: number, tags: Record<string, string> | null): void;
  way(id: number, refs: number[], tags: Record<string, string>): void;
}

/** A file that is not a readable OSM file: empty, cut short, corrupt or of an unsupported kind. */
export class OsmFileError extends Error {
  override name = 'OsmFileError';
}
