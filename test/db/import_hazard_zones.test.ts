import { type Database, executeRows, runImport, systemActor } from '@siaga/db';
import { seededDatabase } from '@siaga/db/testing';
import { sql } from 'drizzle-orm';
import proj4 from 'proj4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UTM_50S_PRJ, zippedShapefile } from '../support/shapefile_fixture.ts';

const actor = systemActor('import');
const json = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));
const utm = proj4(
  '+proj=longlat +datum=WGS84 +no_defs',
  '+proj=utm +zone=50 +south +datum=WGS84 +units=m +no_defs',
);

/** A closed square ring of `size` degrees at [lon, lat]. */
const square = (lon: number, lat: number, size = 0.01) => [
  [lon, lat],
  [lon + size, lat],
  [lon + size, lat + size],
  [lon, lat + size],
  [lon, lat],
];
const polygon = (ring: number[][]) => ({ type: 'Polygon', coordinates: [ring] });
const feature = (ring: number[][], properties: Record<string, unknown>) => ({
  type: 'Feature',
  properties,
  geometry: polygon(ring),
});
const collection = (features: unknown[], crs?: string) => ({
  type: 'FeatureCollection',
  ...(crs ? { crs: { type: 'name', properties: { name: crs } } } : {}),
  features,
});

async function zones(database: Database) {
  return executeRows<{ name: string; hazard_type: string; level: string; km2: number }>(
    database.db,
    sql`SELECT name, hazard_type, level, ST_Area(geom::geography) / 1e6 AS km2 FROM hazard_zones ORDER BY name`,
  );
}

describe('import hazard-zones', () => {
  let database: Database;
  beforeAll(async () => {
    database = await seededDatabase();
  });
  afterAll(() => database?.close());

  it('takes InaRISK classes in words, numbers and English, and repairs "sangat tinggi"', async () => {
    const before = (await zones(database)).length;
    const file = collection([
      feature(square(115.1, -8.15), { KELAS: 'Rendah', JENIS: 'Banjir', NAMA: 'Zona A' }),
      feature(square(115.12, -8.15), { kelas: 2, jenis: 'Tanah Longsor', nama: 'Zona B' }),
      feature(square(115.14, -8.15), { class: 'High', hazard: 'flash flood', name: 'Zona C' }),
      feature(square(115.16, -8.15), { tingkat: 'Sangat Tinggi', bencana: 'tsunami', nama: 'Zona D' }),
    ]);
    const report = await runImport(database.db, 'hazard-zones', json(file), 'inarisk.geojson', { actor });
    expect(report).toMatchObject({ written: true, taken: 4, refused: [] });
    expect(report.repaired).toEqual([{ row: 4, message: 'class "Sangat Tinggi" stored as tinggi' }]);
    const stored = (await zones(database)).filter((z) => z.name.startsWith('Zona '));
    expect(stored.map((z) => [z.name, z.hazard_type, z.level])).toEqual([
      ['Zona A', 'flood', 'rendah'],
      ['Zona B', 'landslide', 'sedang'],
      ['Zona C', 'flash_flood', 'tinggi'],
      ['Zona D', 'tsunami', 'tinggi'],
    ]);
    expect((await zones(database)).length).toBe(before + 4);
  });

  it('reprojects a zipped shapefile in UTM zone 50S (.prj) to WGS 84', async () => {
    const ring = square(115.2, -8.16, 0.02).map((p) => utm.forward(p));
    const zip = zippedShapefile(
      [{ rings: [ring], attributes: { NAMA: 'UTM zone', KELAS: '3' } }],
      UTM_50S_PRJ,
    );
    const report = await runImport(database.db, 'hazard-zones', zip, 'bahaya.zip', {
      actor,
      hazardType: 'flood',
    });
    expect(report).toMatchObject({ format: 'shapefile', written: true, taken: 1 });
    expect(report.notes[0]).toMatch(/Reprojected from WGS_1984_UTM_Zone_50S/);
    const [box] = await executeRows<{ xmin: number; ymax: number }>(
      database.db,
      sql`SELECT ST_XMin(geom) AS xmin, ST_YMax(geom) AS ymax FROM hazard_zones WHERE name = 'UTM zone'`,
    );
    expect(box?.xmin).toBeCloseTo(115.2, 6);
    expect(box?.ymax).toBeCloseTo(-8.14, 6);
  });

  it('refuses metres read as degrees (no .prj) and degrees declared as UTM, naming the fix', async () => {
    const ring = square(115.2, -8.16, 0.02).map((p) => utm.forward(p));
    const noPrj = zippedShapefile([{ rings: [ring], attributes: { KELAS: 'tinggi', JENIS: 'banjir' } }]);
    const metres = await runImport(database.db, 'hazard-zones', noPrj, 'noprj.zip', { actor });
    expect(metres).toMatchObject({ written: false, taken: 0 });
    expect(metres.refused[0]).toMatchObject({ row: null });
    expect(metres.refused[0]?.message).toMatch(
      /are metres of a projected CRS, not degrees.*EPSG code \(e\.g\. 32750/,
    );
    const degrees = collection([feature(square(115.2, -8.16), { kelas: 'tinggi', jenis: 'banjir' })]);
    const declared = await runImport(database.db, 'hazard-zones', json(degrees), 'x.geojson', {
      actor,
      epsg: 32750,
    });
    expect(declared.refused[0]?.message).toMatch(
      /look like degrees, but EPSG:32750 \(WGS 84 \/ UTM zone 50S\) is in metres/,
    );
    const fixed = await runImport(database.db, 'hazard-zones', noPrj, 'noprj.zip', {
      actor,
      epsg: 32750,
      dryRun: true,
    });
    expect(fixed).toMatchObject({ taken: 1, refused: [], written: false });
  });

  it('refuses broken polygons, missing classes and zones of another kabupaten; nothing written unless skipInvalid', async () => {
    const before = await zones(database);
    const bowtie = [
      [115.3, -8.2],
      [115.32, -8.18],
      [115.32, -8.2],
      [115.3, -8.18],
      [115.3, -8.2],
    ];
    const file = collection(
      [
        feature(square(115.25, -8.2), { kelas: 'sedang', nama: 'Baik' }),
        feature(bowtie, { kelas: 'sedang', nama: 'Bowtie' }),
        feature(square(115.26, -8.2), { nama: 'Tanpa kelas' }),
        feature(square(115.22, -8.68), { kelas: 'tinggi', nama: 'Denpasar' }),
        {
          type: 'Feature',
          properties: { kelas: 'tinggi' },
          geometry: { type: 'Point', coordinates: [115.2, -8.2] },
        },
      ],
      'urn:ogc:def:crs:OGC:1.3:CRS84',
    );
    const report = await runImport(database.db, 'hazard-zones', json(file), 'mixed.geojson', {
      actor,
      hazardType: 'flood',
    });
    expect(report.written).toBe(false);
    expect(report.refused.map((n) => n.row)).toEqual([2, 3, 4, 5]);
    expect(report.refused.map((n) => n.message).join('\n')).toMatch(
      /geometry: edges of the shape cross[\s\S]*no hazard class[\s\S]*outside the study area: more than 2 km from the stored kabupaten[\s\S]*no polygon \(Point\)/,
    );
    expect(await zones(database)).toEqual(before);
    const skipped = await runImport(database.db, 'hazard-zones', json(file), 'mixed.geojson', {
      actor,
      hazardType: 'flood',
      skipInvalid: true,
    });
    expect(skipped).toMatchObject({ written: true, taken: 1 });
    expect((await zones(database)).length).toBe(before.length + 1);
  });

  it('refuses an empty file, a broken zip and a zip without a shapefile', async () => {
    for (const [bytes, message] of [
      [new Uint8Array(), /the file is empty/],
      [json(collection([])), /holds no features/],
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /broken zip/],
    ] as const) {
      const report = await runImport(database.db, 'hazard-zones', bytes, 'f', { actor });
      expect(report.refused[0]?.message).toMatch(message);
      expect(report.written).toBe(false);
    }
  });
});
