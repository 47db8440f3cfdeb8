import { zipSync } from 'fflate';

/** A polygon ring list per record and its attributes (text fields only). */
export interface FixtureRecord {
  rings: number[][][];
  attributes: Record<string, string>;
}

function shp(records: FixtureRecord[]): Uint8Array {
  const bodies = records.map((r) => {
    const points = r.rings.flat();
    const size = 44 + 4 * r.rings.length + 16 * points.length;
    const b = new DataView(new ArrayBuffer(size));
    const xs = points.map((p) => p[0] as number);
    const ys = points.map((p) => p[1] as number);
    b.setInt32(0, 5, true);
    [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].forEach((v, i) => {
      b.setFloat64(4 + 8 * i, v, true);
    });
    b.setInt32(36, r.rings.length, true);
    b.setInt32(40, points.length, true);
    let start = 0;
    r.rings.forEach((ring, i) => {
      b.setInt32(44 + 4 * i, start, true);
      start += ring.length;
    });
    points.forEach((p, i) => {
      const at = 44 + 4 * r.rings.length + 16 * i;
      b.setFloat64(at, p[0] as number, true);
      b.setFloat64(at + 8, p[1] as number, true);
    });
    return new Uint8Array(b.buffer);
  });
  const length = 100 + bodies.reduce((s, b) => s + 8 + b.length, 0);
  const out = new Uint8Array(length);
  const v = new DataView(out.buffer);
  v.setInt32(0, 9994, false);
  v.setInt32(24, length / 2, false);
  v.setInt32(28, 1000, true);
  v.setInt32(32, 5, true);
  let at = 100;
  bodies.forEach((body, i) => {
    v.setInt32(at, i + 1, false);
    v.setInt32(at + 4, body.length / 2, false);
    out.set(body, at + 8);
    at += 8 + body.length;
  });
  return out;
}

function dbf(records: FixtureRecord[]): Uint8Array {
  const names = Object.keys(records[0]?.attributes ?? {});
  const width = 40;
  const headerLength = 32 + 32 * names.length + 1;
  const recordLength = 1 + width * names.length;
  const out = new Uint8Array(headerLength + recordLength * records.length + 1).fill(0);
  const v = new DataView(out.buffer);
  out[0] = 3;
  v.setInt32(4, records.length, true);
  v.setInt16(8, headerLength, true);
  v.setInt16(10, recordLength, true);
  const enc = new TextEncoder();
  names.forEach((name, i) => {
    out.set(enc.encode(name.slice(0, 10)), 32 + 32 * i);
    out[32 + 32 * i + 11] = 'C'.charCodeAt(0);
    out[32 + 32 * i + 16] = width;
  });
  out[headerLength - 1] = 0x0d;
  records.forEach((r, n) => {
    const at = headerLength + n * recordLength;
    out[at] = 0x20;
    names.forEach((name, i) => {
      const cell = enc.encode((r.attributes[name] ?? '').padEnd(width, ' ').slice(0, width));
      out.set(cell, at + 1 + width * i);
    });
  });
  out[out.length - 1] = 0x1a;
  return out;
}

/** A zipped polygon shapefile (.shp, .dbf, and the .prj when given) for import tests. */
export function zippedShapefile(records: FixtureRecord[], prj?: string): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'zona/bahaya.shp': shp(records),
    'zona/bahaya.dbf': dbf(records),
  };
  if (prj !== undefined) files['zona/bahaya.prj'] = new TextEncoder().encode(prj);
  return zipSync(files);
}

export const UTM_50S_PRJ =
  'PROJCS["WGS_1984_UTM_Zone_50S",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],' +
  'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],' +
  'PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",10000000.0],PARAMETER["Central_Meridian",117.0],' +
  'PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
