import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { PassThrough, pipeline, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import {
  type ClipArea,
  type ClipCounts,
  ClippedRoadCollector,
  OsmFileError,
  OsmRoadCollector,
  OsmXmlReader,
  type ReadRoadsResult,
  type RoadCollector,
  readGeoJsonRoads,
} from '@siaga/geo';
import { SiagaError } from '@siaga/schema';
import unbzip2 from 'unbzip2-stream';
import { type RoadsFileFormat, roadsFileFormat } from './roads_file_format.ts';
import { streamPbf } from './stream_pbf.ts';

/** How far a read has come: bytes of the file read, and roads kept so far (known while clipping). */
export interface ReadProgress {
  bytesRead: number;
  totalBytes: number;
  waysKept: number | null;
}

export interface ReadRoadsOptions {
  /** Keep only the roads in this area (OSM files only; see ClippedRoadCollector). */
  clip?: ClipArea;
  onProgress?: (progress: ReadProgress) => void;
}

export type ReadRoadsFileResult = ReadRoadsResult & { clip?: ClipCounts };

/**
 * Reads a roads file, chosen by its name and checked by its first bytes: .osm.pbf (streamed blob by blob),
 * OSM XML (.osm, .osm.gz, .osm.bz2, streamed through saxes), or GeoJSON lines with OSM-style tags. With a clip,
 * only the nodes inside it are kept, so memory follows the area, not the file. Any problem with the file
 * (missing, empty, not what its name says, cut short, corrupt, unsorted under a clip) is a SiagaError naming the
 * file and what is wrong.
 */
export async function readRoadsFile(
  file: string,
  options: ReadRoadsOptions = {},
): Promise<ReadRoadsFileResult> {
  const format = await roadsFileFormat(file);
  if (options.clip !== undefined && format === 'geojson')
    throw new SiagaError(
      'bad_request',
      `${file}: --clip reads OSM files (.osm.pbf, .osm, .osm.gz, .osm.bz2), not GeoJSON`,
    );
  try {
    return await readAs(file, format, options);
  } catch (err) {
    if (err instanceof SiagaError) throw err;
    if (err instanceof OsmFileError) throw new SiagaError('bad_request', `${file}: ${err.message}`);
    throw new SiagaError('bad_request', `${file}: cannot be read (${(err as Error).message})`);
  }
}

async function readAs(
  file: string,
  format: RoadsFileFormat,
  options: ReadRoadsOptions,
): Promise<ReadRoadsFileResult> {
  const clipped = options.clip === undefined ? null : new ClippedRoadCollector(options.clip);
  const collector: RoadCollector = clipped ?? new OsmRoadCollector();
  const report = (bytesRead: number, totalBytes: number): void =>
    options.onProgress?.({ bytesRead, totalBytes, waysKept: clipped?.roadsKept ?? null });
  const withCounts = (read: ReadRoadsResult): ReadRoadsFileResult =>
    clipped === null ? read : { ...read, clip: clipped.counts };
  switch (format) {
    case 'pbf':
      await streamPbf(file, collector, report);
      return withCounts(collector.result());
    case 'osm':
    case 'osm.gz':
    case 'osm.bz2': {
      const source = createReadStream(file);
      const total = (await stat(file)).size;
      const stream =
        format === 'osm' ? source : decompressed(source, format === 'osm.gz' ? createGunzip() : unbzip2());
      return withCounts(await readXml(stream, collector, () => report(source.bytesRead, total)));
    }
    case 'geojson':
      return readGeoJson(file, await readFile(file, 'utf8'));
    default:
      return format satisfies never;
  }
}

/** The file through a decompressor; an error anywhere (a truncated or corrupt archive) ends the output with it. */
function decompressed(source: Readable, decompressor: NodeJS.ReadWriteStream): Readable {
  const out = new PassThrough();
  pipeline(source, decompressor, out, () => {});
  return out;
}

async function readXml(
  stream: Readable,
  collector: RoadCollector,
  onChunk: () => void,
): Promise<ReadRoadsResult> {
  const reader = new OsmXmlReader(collector);
  const decoder = new TextDecoder('utf-8');
  try {
    for await (const chunk of stream) {
      reader.write(decoder.decode(chunk as Uint8Array, { stream: true }));
      onChunk();
    }
  } finally {
    stream.destroy();
  }
  reader.write(decoder.decode());
  return reader.close();
}

function readGeoJson(file: string, text: string): ReadRoadsResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new SiagaError('bad_request', `${file}: not valid JSON (${(err as Error).message})`);
  }
  if (!isCollection(parsed)) throw new SiagaError('bad_request', `${file}: not a GeoJSON FeatureCollection`);
  return readGeoJsonRoads(parsed);
}

function isCollection(v: unknown): v is Parameters<typeof readGeoJsonRoads>[0] {
  return (
    typeof v === 'object' &&
    v !== null &&
    'features' in v &&
    Array.isArray((v as { features: unknown }).features)
  );
}
