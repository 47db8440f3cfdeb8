import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { PassThrough, pipeline, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { OsmFileError, OsmXmlReader, type ReadRoadsResult, readGeoJsonRoads, readOsmPbf } from '@siaga/geo';
import { SiagaError } from '@siaga/schema';
import unbzip2 from 'unbzip2-stream';
import { type RoadsFileFormat, roadsFileFormat } from './roads_file_format.ts';

/**
 * Reads a roads file, chosen by its name and checked by its first bytes: .osm.pbf, OSM XML (.osm, .osm.gz,
 * .osm.bz2, streamed through saxes), or GeoJSON lines with OSM-style tags. Any problem with the file (missing,
 * empty, not what its name says, cut short, corrupt) is a SiagaError naming the file and what is wrong.
 */
export async function readRoadsFile(file: string): Promise<ReadRoadsResult> {
  const format = await roadsFileFormat(file);
  try {
    return await readAs(file, format);
  } catch (err) {
    if (err instanceof SiagaError) throw err;
    if (err instanceof OsmFileError) throw new SiagaError('bad_request', `${file}: ${err.message}`);
    throw new SiagaError('bad_request', `${file}: cannot be read (${(err as Error).message})`);
  }
}

async function readAs(file: string, format: RoadsFileFormat): Promise<ReadRoadsResult> {
  switch (format) {
    case 'pbf':
      return readOsmPbf(await readFile(file));
    case 'osm':
      return readXml(createReadStream(file));
    case 'osm.gz':
      return readXml(decompressed(createReadStream(file), createGunzip()));
    case 'osm.bz2':
      return readXml(decompressed(createReadStream(file), unbzip2()));
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

async function readXml(stream: Readable): Promise<ReadRoadsResult> {
  const reader = new OsmXmlReader();
  const decoder = new TextDecoder('utf-8');
  try {
    for await (const chunk of stream) reader.write(decoder.decode(chunk as Uint8Array, { stream: true }));
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
