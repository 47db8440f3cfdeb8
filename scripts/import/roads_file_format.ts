import { SiagaError } from '@siaga/schema';
import { openChecked } from './checked_file.ts';

export type RoadsFileFormat = 'pbf' | 'osm' | 'osm.gz' | 'osm.bz2' | 'geojson';

const BY_NAME: readonly [string, RoadsFileFormat][] = [
  ['.osm.pbf', 'pbf'],
  ['.pbf', 'pbf'],
  ['.osm.gz', 'osm.gz'],
  ['.osm.bz2', 'osm.bz2'],
  ['.osm', 'osm'],
  ['.geojson', 'geojson'],
  ['.json', 'geojson'],
];

const DESCRIBED: Record<RoadsFileFormat, string> = {
  pbf: 'an OSM PBF file',
  osm: 'an OSM XML file',
  'osm.gz': 'a gzip file',
  'osm.bz2': 'a bzip2 file',
  geojson: 'a GeoJSON file',
};

/**
 * Checks a roads file before anything else happens (the database is not opened yet): it exists, is a readable
 * regular file, is not empty, and its first bytes match the format its name promises. Answers the format, or
 * throws a SiagaError whose message names the file and what is wrong.
 *
 * @example await roadsFileFormat('andorra.osm.pbf') // 'pbf'
 */
export async function roadsFileFormat(file: string): Promise<RoadsFileFormat> {
  const lower = file.toLowerCase();
  const format = BY_NAME.find(([ext]) => lower.endsWith(ext))?.[1];
  if (format === undefined) {
    throw new SiagaError(
      'bad_request',
      `${file}: unknown kind of file; expected .osm.pbf, .osm, .osm.gz, .osm.bz2 or .geojson/.json`,
    );
  }
  const handle = await openChecked(file);
  try {
    const head = new Uint8Array(64);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    if (!looksLike(format, head.subarray(0, bytesRead))) {
      throw new SiagaError(
        'bad_request',
        `${file}: not ${DESCRIBED[format]} (unrecognised content at the start)`,
      );
    }
    return format;
  } finally {
    await handle.close();
  }
}

function looksLike(format: RoadsFileFormat, head: Uint8Array): boolean {
  const text = new TextDecoder('utf-8', { fatal: false })
    .decode(head)
    .replace(/^\uFEFF/, '')
    .trimStart();
  switch (format) {
    case 'pbf':
      return head.length >= 13 && text.includes('OSMHeader');
    case 'osm.gz':
      return head[0] === 0x1f && head[1] === 0x8b;
    case 'osm.bz2':
      return head[0] === 0x42 && head[1] === 0x5a && head[2] === 0x68;
    case 'osm':
      return text.startsWith('<');
    case 'geojson':
      return text.startsWith('{');
    default:
      return format satisfies never;
  }
}
