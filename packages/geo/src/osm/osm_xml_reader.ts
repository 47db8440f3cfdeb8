import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { OsmFileError, type RoadCollector } from './osm_file_error.ts';
import { OsmRoadCollector } from './osm_road_collector.ts';
import type { ReadRoadsResult } from './road_line.ts';

interface Element {
  kind: 'node' | 'way';
  id: number;
  lon: number;
  lat: number;
  tags: Record<string, string>;
  refs: number[];
}

/**
 * Reads OSM XML (`.osm`, as the API, JOSM and overpass write it) in chunks of text through saxes, a streaming
 * XML parser, into the same road collector as the PBF reader. Feed it with `write`, then `close` for the roads.
 * Malformed XML, a document that is not `<osm>` and an empty document fail with an OsmFileError.
 *
 * @example const r = new OsmXmlReader(); r.write(text); const { roads, summary } = r.close();
 */
export class OsmXmlReader {
  private readonly parser = new SaxesParser();
  private current: Element | null = null;
  private root: string | null = null;

  /** `collector`: where the elements go (a ClippedRoadCollector for a clipped import). */
  constructor(private readonly collector: RoadCollector = new OsmRoadCollector()) {
    this.parser.on('opentag', (tag) => this.open(tag as SaxesTagPlain));
    this.parser.on('closetag', (tag) => {
      if (tag.name === 'node' || tag.name === 'way') this.finish();
    });
  }

  write(chunk: string): void {
    try {
      this.parser.write(chunk);
    } catch (err) {
      throw asFileError(err);
    }
  }

  close(): ReadRoadsResult {
    try {
      this.parser.close();
    } catch (err) {
      throw asFileError(err);
    }
    if (this.root === null) throw new OsmFileError('the file is empty');
    return this.collector.result();
  }

  private open(tag: SaxesTagPlain): void {
    if (this.root === null) {
      this.root = tag.name;
      if (tag.name !== 'osm') throw new OsmFileError(`not an OSM XML file (root element <${tag.name}>)`);
      return;
    }
    const a = tag.attributes;
    if (tag.name === 'node' || tag.name === 'way') {
      this.current = {
        kind: tag.name,
        id: Number(a.id),
        lon: Number(a.lon),
        lat: Number(a.lat),
        tags: {},
        refs: [],
      };
    } else if (tag.name === 'tag' && this.current !== null && a.k !== undefined) {
      this.current.tags[a.k] = a.v ?? '';
    } else if (tag.name === 'nd' && this.current?.kind === 'way') {
      this.current.refs.push(Number(a.ref));
    }
  }

  private finish(): void {
    const e = this.current;
    this.current = null;
    if (e === null || !Number.isFinite(e.id)) return;
    if (e.kind === 'node') {
      this.collector.node(e.id, e.lon, e.lat, Object.keys(e.tags).length > 0 ? e.tags : null);
    } else {
      this.collector.way(e.id, e.refs, e.tags);
    }
  }
}

function asFileError(err: unknown): OsmFileError {
  if (err instanceof OsmFileError) return err;
  return new OsmFileError(`not well-formed XML (${(err as Error).message})`);
}
