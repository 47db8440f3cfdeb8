import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminAreas, runImport, systemActor } from '@siaga/db';
import {
  AdminAreaCreate,
  AdminAreaFeature,
  CoverageReport,
  CoverageResponse,
  featureCollection,
  NetworkInfo,
} from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { mapBoundsOf } from '../../apps/web/src/map/bounds.ts';
import { storedStudyArea } from '../../apps/web/src/study_area/stored_study_area.ts';
import { importRoads } from '../../scripts/import/import_roads.ts';
import { readRoadsFile } from '../../scripts/import/read_roads_file.ts';
import { makePbf, type SyntheticElement } from '../support/make_pbf.ts';
import { type SyntheticStudyArea, syntheticStudyArea } from '../support/synthetic_study_area.ts';
import { expectError } from './support/api_client.ts';
import { postBody } from './support/fixtures.ts';
import { useTestApp } from './support/test_app.ts';

/**
 * A study area spanning two kabupaten (a BPBD working across a border, or neighbours imported together): both
 * outlines are stored, and the API holds geometries to their union + 2 km, builds coverage on both, and names
 * both in the report.
 */

const [LON0, LAT0, STEP, COLS, ROWS] = [30.05, -1.95, 0.003, 30, 8];
/** Columns west of this belong to the west kabupaten, the rest to the east one (~4.8 km each). */
const SPLIT = COLS / 2;

/** A 30 x 8 grid of streets every ~330 m (about 9.6 x 2.3 km), as a genuine .osm.pbf. */
function wideTownPbf(): string {
  const elements: SyntheticElement[] = [];
  const id = (i: number, j: number) => 1 + i * ROWS + j;
  for (let i = 0; i < COLS; i++)
    for (let j = 0; j < ROWS; j++)
      elements.push({ type: 'node', id: id(i, j), lon: LON0 + i * STEP, lat: LAT0 + j * STEP });
  let way = 1;
  const tags = { highway: 'primary', name: 'Jalan Raya' };
  for (let i = 0; i < COLS; i++)
    elements.push({ type: 'way', id: way++, refs: Array.from({ length: ROWS }, (_, j) => id(i, j)), tags });
  for (let j = 0; j < ROWS; j++)
    elements.push({ type: 'way', id: way++, refs: Array.from({ length: COLS }, (_, i) => id(i, j)), tags });
  const file = join(mkdtempSync(join(tmpdir(), 'siaga-two-')), 'two_kabupaten.osm.pbf');
  writeFileSync(file, makePbf(elements));
  return file;
}

/** The made-up kabupaten over the nodes of columns [from, to). */
function kabupatenOver(from: number, to: number, code: string, name: string): SyntheticStudyArea {
  const lons: number[] = [];
  const lats: number[] = [];
  for (let i = from; i < to; i++)
    for (let j = 0; j < ROWS; j++) {
      lons.push(LON0 + i * STEP);
      lats.push(LAT0 + j * STEP);
    }
  return syntheticStudyArea(lons, lats, { code, name, population: 0, blocks: 3 });
}

describe('a study area of two kabupaten', () => {
  const t = useTestApp();
  const west = kabupatenOver(0, SPLIT, '99.01', 'Barat');
  const east = kabupatenOver(SPLIT, COLS, '99.02', 'Timur');
  const desa = [...west.areas, ...east.areas].filter((a) => a.properties.level === 'desa');
  const midLat = LAT0 + ((ROWS - 1) * STEP) / 2;
  /** A road node at the east end: more than 2 km beyond the west kabupaten, inside the east one. */
  const farEast = [LON0 + (COLS - 1) * STEP, midLat];
  let population = 0;

  it('imports both, with population for the desa of either kabupaten', async () => {
    const file = wideTownPbf();
    const summary = await importRoads(t.database, file, { read: await readRoadsFile(file) });
    expect(summary.written).toBeGreaterThan(0);
    await adminAreas.create(
      t.database.db,
      [...west.areas, ...east.areas].map((a) => AdminAreaCreate.parse(a)),
      systemActor('import'),
    );
    const people = desa.map((_, i) => 100 * (i + 1));
    population = people.reduce((a, b) => a + b, 0);
    const csv = ['kode_desa;jumlah_penduduk', ...desa.map((d, i) => `${d.properties.code};${people[i]}`)];
    const report = await runImport(
      t.database.db,
      'population',
      new TextEncoder().encode(csv.join('\n')),
      'penduduk.csv',
      { actor: systemActor('import') },
    );
    expect(report.refused).toEqual([]);
    expect(report.written).toBe(true);
  });

  it('holds writes to the union of both outlines + 2 km', async () => {
    const inEast = await t.api.post('/api/posts', postBody({}, { type: 'Point', coordinates: farEast }));
    expect(inEast.status, inEast.text).toBe(201);
    const inWest = await t.api.post(
      '/api/posts',
      postBody({}, { type: 'Point', coordinates: [LON0, midLat] }),
    );
    expect(inWest.status, inWest.text).toBe(201);
    // ~5.5 km beyond the east outline: outside the union.
    const beyond = { type: 'Point', coordinates: [LON0 + (COLS - 1) * STEP + 0.05, midLat] };
    expectError(await t.api.post('/api/posts', postBody({}, beyond)), 422, 'out_of_study_area');
  });

  it('routes from the east kabupaten', async () => {
    const incident = { type: 'Point', coordinates: [farEast[0] ?? 0, (farEast[1] ?? 0) + 0.001] };
    const closest = await t.api.post('/api/routing/closest', { incident });
    expect(closest.status, closest.text).toBe(200);
  });

  it('covers the land and people of both, and the report names both', async () => {
    const coverage = await t.api.post('/api/coverage', {});
    expect(coverage.status, coverage.text).toBe(200);
    expect(CoverageResponse.parse(coverage.json).population).toBeCloseTo(population, -1);
    const res = await t.api.get('/api/reports/coverage');
    expect(res.status, res.text).toBe(200);
    const report = CoverageReport.parse(res.json);
    expect(report.area).toEqual([
      { code: '99.01', name: 'Barat' },
      { code: '99.02', name: 'Timur' },
    ]);
    expect(report.summary.desaCount).toBe(west.blockCount + east.blockCount);
    expect(report.summary.population).toBeCloseTo(population, -1);
    expect(report.kecamatan.map((k) => k.code)).toEqual(expect.arrayContaining(['99.01.01', '99.02.01']));
    // Every desa has land: the east kabupaten's cells are not dropped.
    for (const d of report.desa) expect(d.landAreaKm2, d.code).toBeGreaterThan(0);
    expect(report.summary.postCount).toBe(2);
    const pdf = await t.api.get('/api/reports/coverage.pdf');
    expect(pdf.status).toBe(200);
  });

  it("opens the web app's map on both, by the API's rule", async () => {
    const kabupaten = featureCollection(AdminAreaFeature).parse(
      (await t.api.get('/api/admin-areas?level=kabupaten')).json,
    );
    const network = NetworkInfo.parse((await t.api.get('/api/network')).json);
    const area = storedStudyArea(kabupaten.features, network.bbox);
    expect(area?.contains(farEast)).toBe(true);
    expect(area?.contains([LON0, midLat])).toBe(true);
    const [[w], [e]] = mapBoundsOf(area)?.view ?? [[0], [0]];
    expect(w).toBeLessThanOrEqual(LON0);
    expect(e).toBeGreaterThanOrEqual(farEast[0] ?? 0);
  });
});
