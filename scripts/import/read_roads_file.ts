import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { type ReadRoadsResult, readGeoJsonRoads, readOsmPbf } from '@siaga/geo';
import { SiagaError } from '@siaga/schema';

/** Reads an .osm.pbf extract or a GeoJSON file of lines with OSM-style tags, chosen by the file name. */
export async function readRoadsFile(file: string): Promise<ReadRoadsResult> {
  const bytes = await readFile(file).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') throw new SiagaError('not_found', `No file ${file}`);
    throw err;
  });
  if (file.endsWith('.osm.pbf') || extname(file) === '.pbf') return readOsmPbf(bytes);
  if (['.geojson', '.json'].includes(extname(file))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(bytes.toString('utf8'));
    } catch (err) {
      throw new SiagaError('bad_request', `${file} is not valid JSON: ${(err as Error).message}`);
    }
    if (!isCollection(parsed))
      throw new SiagaError('bad_request', `${file} is not a GeoJSON FeatureCollection`);
    return readGeoJsonRoads(parsed);
  }
  throw new SiagaError('bad_request', `${file}: expected a .osm.pbf or a .geojson/.json file`);
}

function isCollection(v: unknown): v is Parameters<typeof readGeoJsonRoads>[0] {
  return (
    typeof v === 'object' &&
    v !== null &&
    'features' in v &&
    Array.isArray((v as { features: unknown }).features)
  );
}
