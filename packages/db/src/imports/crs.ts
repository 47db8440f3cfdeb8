import proj4 from 'proj4';
import { ImportFileError } from './import_file_error.ts';

/** The EPSG codes an import can be declared in (`--epsg`), as proj4 definitions (from PROJ's database). */
const KNOWN_EPSG: Record<number, { name: string; proj: string }> = {
  4326: { name: 'WGS 84', proj: '+proj=longlat +datum=WGS84 +no_defs' },
  4755: { name: 'DGN95', proj: '+proj=longlat +ellps=WGS84 +towgs84=0,0,0,0,0,0,0 +no_defs' },
  3857: {
    name: 'WGS 84 / Pseudo-Mercator',
    proj: '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +no_defs',
  },
  32749: { name: 'WGS 84 / UTM zone 49S', proj: '+proj=utm +zone=49 +south +datum=WGS84 +units=m +no_defs' },
  32750: { name: 'WGS 84 / UTM zone 50S', proj: '+proj=utm +zone=50 +south +datum=WGS84 +units=m +no_defs' },
  23879: {
    name: 'DGN95 / UTM zone 49S',
    proj: '+proj=utm +zone=49 +south +ellps=WGS84 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  },
  23880: {
    name: 'DGN95 / UTM zone 50S',
    proj: '+proj=utm +zone=50 +south +ellps=WGS84 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  },
  23837: {
    name: 'DGN95 / Indonesia TM-3 zone 50.1',
    proj: '+proj=tmerc +lat_0=0 +lon_0=115.5 +k=0.9999 +x_0=200000 +y_0=1500000 +ellps=WGS84 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  },
};

export const KNOWN_EPSG_CODES = Object.keys(KNOWN_EPSG).map(Number);

/** A source CRS: how to turn its positions into WGS 84 longitude/latitude, and whether it is in degrees. */
export interface SourceCrs {
  name: string;
  geographic: boolean;
  toWgs84(position: number[]): number[];
}

const WGS84 = KNOWN_EPSG[4326]?.proj as string;

function crsOf(definition: string, name: string): SourceCrs {
  const projection = proj4.Proj(definition);
  const geographic = (projection as unknown as { projName?: string }).projName === 'longlat';
  const converter = proj4(definition, WGS84);
  return {
    name,
    geographic,
    toWgs84: (p) => {
      const [x, y] = converter.forward([p[0] as number, p[1] as number]);
      return [x as number, y as number];
    },
  };
}

/** The CRS of an EPSG code, or an ImportFileError naming the codes that are known. */
export function crsOfEpsg(code: number): SourceCrs {
  const known = KNOWN_EPSG[code];
  if (!known) {
    throw new ImportFileError(
      `EPSG:${code} is not one this import knows (${KNOWN_EPSG_CODES.join(', ')}); give the file's .prj instead`,
    );
  }
  return crsOf(known.proj, `EPSG:${code} (${known.name})`);
}

/** The CRS of a shapefile's .prj (WKT as written by ArcGIS or QGIS). */
export function crsOfPrj(wkt: string): SourceCrs {
  try {
    const name = /^\s*(?:PROJCS|GEOGCS|PROJCRS|GEOGCRS)\["([^"]+)"/.exec(wkt)?.[1] ?? 'the .prj';
    return crsOf(wkt, name);
  } catch (err) {
    throw new ImportFileError(`the .prj cannot be read (${(err as Error).message}); give --epsg instead`);
  }
}

/** EPSG code of a GeoJSON `crs` member (GeoJSON 2008: urn:ogc:def:crs:EPSG::32750 or EPSG:32750). */
export function epsgOfGeoJsonCrs(crs: unknown): number | null {
  const name = (crs as { properties?: { name?: unknown } } | null)?.properties?.name;
  if (typeof name !== 'string') return null;
  if (/CRS84$/i.test(name)) return 4326;
  const m = /EPSG:{1,2}(\d{4,5})$/i.exec(name);
  return m ? Number(m[1]) : null;
}

export const wgs84: SourceCrs = { name: 'WGS 84 (EPSG:4326)', geographic: true, toWgs84: (p) => p };
