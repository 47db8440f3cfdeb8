import { strFromU8, unzipSync } from 'fflate';
import * as shapefile from 'shapefile';
import { crsOfEpsg, crsOfPrj, epsgOfGeoJsonCrs, type SourceCrs, wgs84 } from './crs.ts';
import { normaliseHeader } from './csv_table.ts';
import { ImportFileError } from './import_file_error.ts';
import type { ImportNotes } from './import_notes.ts';

/** One feature of the file (row: 1-based feature or record number), in WGS 84, properties by normalised name. */
export interface FileFeature {
  row: number;
  geometry: { type: string; coordinates: unknown } | null;
  properties: Record<string, unknown>;
}

export interface FeaturesFile {
  format: 'geojson' | 'shapefile';
  features: FileFeature[];
}

export const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03;

/**
 * Reads a GeoJSON file or a zipped shapefile (.shp + .dbf, with its .prj and .cpg) into WGS 84 features. The
 * CRS is `epsg` when given, else the .prj or the GeoJSON `crs` member, else WGS 84. Refuses (ImportFileError)
 * a file whose coordinates do not fit its CRS: metres read as degrees, or degrees declared as metres.
 */
export async function readFeaturesFile(
  bytes: Uint8Array,
  file: string,
  notes: ImportNotes,
  epsg?: number,
): Promise<FeaturesFile> {
  if (bytes.length === 0) throw new ImportFileError(`${file}: the file is empty`);
  const read = isZip(bytes) ? await readZippedShapefile(bytes, file) : readGeoJson(bytes, file);
  const crs = epsg !== undefined ? crsOfEpsg(epsg) : (read.crs ?? wgs84);
  checkUnits(read.features, crs, file, epsg !== undefined || read.crs !== null);
  if (crs !== wgs84) notes.note(`Reprojected from ${crs.name} to WGS 84`);
  const features = read.features.map((f) => ({
    ...f,
    geometry: f.geometry && { ...f.geometry, coordinates: mapPositions(f.geometry.coordinates, crs.toWgs84) },
  }));
  return { format: read.format, features };
}

interface RawRead {
  format: FeaturesFile['format'];
  features: FileFeature[];
  crs: SourceCrs | null;
}

function readGeoJson(bytes: Uint8Array, file: string): RawRead {
  let parsed: { type?: unknown; features?: unknown; crs?: unknown; geometry?: unknown };
  try {
    parsed = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ImportFileError(`${file}: not GeoJSON nor a zipped shapefile (${(err as Error).message})`);
  }
  const list =
    parsed?.type === 'Feature' ? [parsed] : parsed?.type === 'FeatureCollection' ? parsed.features : null;
  if (!Array.isArray(list)) throw new ImportFileError(`${file}: not a GeoJSON Feature or FeatureCollection`);
  if (list.length === 0) throw new ImportFileError(`${file}: the collection holds no features`);
  const epsg = epsgOfGeoJsonCrs(parsed.crs);
  return {
    format: 'geojson',
    crs: epsg === null || epsg === 4326 ? null : crsOfEpsg(epsg),
    features: list.map((f: { geometry?: unknown; properties?: unknown }, i: number) => ({
      row: i + 1,
      geometry: (f?.geometry as FileFeature['geometry']) ?? null,
      properties: normalisedKeys(f?.properties),
    })),
  };
}

async function readZippedShapefile(bytes: Uint8Array, file: string): Promise<RawRead> {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (err) {
    throw new ImportFileError(`${file}: a broken zip file (${(err as Error).message})`);
  }
  const names = Object.keys(entries).filter((n) => !n.startsWith('__MACOSX/'));
  const shps = names.filter((n) => /\.shp$/i.test(n));
  if (shps.length !== 1) {
    throw new ImportFileError(
      shps.length === 0
        ? `${file}: the zip holds no .shp file`
        : `${file}: the zip holds ${shps.length} layers (${shps.join(', ')}): zip one layer per file`,
    );
  }
  const base = (shps[0] as string).slice(0, -4);
  const part = (ext: string) => {
    const name = names.find((n) => n.toLowerCase() === `${base.toLowerCase()}.${ext}`);
    return name === undefined ? undefined : entries[name];
  };
  const dbf = part('dbf');
  if (dbf === undefined)
    throw new ImportFileError(`${file}: ${base}.shp has no .dbf beside it (its attributes)`);
  const prj = part('prj');
  const cpg = part('cpg');
  const encoding = cpg
    ? strFromU8(cpg)
        .trim()
        .toLowerCase()
        .replace(/^utf8$/, 'utf-8')
    : 'windows-1252';
  let collection: GeoJSON.FeatureCollection;
  try {
    collection = await shapefile.read(
      toArrayBuffer(entries[shps[0] as string] as Uint8Array),
      toArrayBuffer(dbf),
      {
        encoding,
      },
    );
  } catch (err) {
    throw new ImportFileError(`${file}: ${base}.shp cannot be read (${(err as Error).message})`);
  }
  if (collection.features.length === 0) throw new ImportFileError(`${file}: the shapefile holds no records`);
  return {
    format: 'shapefile',
    crs: prj ? crsOfPrj(strFromU8(prj)) : null,
    features: collection.features.map((f, i) => ({
      row: i + 1,
      geometry: f.geometry as FileFeature['geometry'],
      properties: normalisedKeys(f.properties),
    })),
  };
}

const toArrayBuffer = (u: Uint8Array) =>
  u.buffer.slice(u.byteOffset, u.byteOffset + u.byteLength) as ArrayBuffer;

function normalisedKeys(properties: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (properties && typeof properties === 'object') {
    for (const [k, v] of Object.entries(properties)) out[normaliseHeader(k)] = v;
  }
  return out;
}

function mapPositions(coordinates: unknown, f: (p: number[]) => number[]): unknown {
  if (!Array.isArray(coordinates)) return coordinates;
  if (typeof coordinates[0] === 'number') return f(coordinates as number[]);
  return coordinates.map((c) => mapPositions(c, f));
}

function firstPosition(coordinates: unknown): number[] | null {
  let c = coordinates;
  while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
  return Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number' ? (c as number[]) : null;
}

/** Refuses metres read as degrees (no or a geographic CRS) and degrees declared in a projected CRS. */
function checkUnits(features: FileFeature[], crs: SourceCrs, file: string, declared: boolean): void {
  const samples = features.flatMap((f) => {
    const p = firstPosition(f.geometry?.coordinates);
    return p ? [p] : [];
  });
  const inDegrees = (p: number[]) => Math.abs(p[0] as number) <= 180 && Math.abs(p[1] as number) <= 90;
  const outside = samples.find((p) => !inDegrees(p));
  if (crs.geographic && outside) {
    throw new ImportFileError(
      `${file}: coordinates such as ${outside.slice(0, 2).join(', ')} are metres of a projected CRS, not degrees` +
        `${declared ? ` as ${crs.name} says` : ''}: give the file's .prj or its EPSG code (e.g. 32750 for UTM zone 50S)`,
    );
  }
  if (!crs.geographic && samples.length > 0 && samples.every(inDegrees)) {
    throw new ImportFileError(
      `${file}: coordinates such as ${samples[0]?.slice(0, 2).join(', ')} look like degrees, but ${crs.name} is in metres: drop the EPSG code or .prj, or give the right one`,
    );
  }
}
