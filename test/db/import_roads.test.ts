import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, roads } from '@siaga/db';
import { freshDatabase } from '@siaga/db/testing';
import { readOsmPbf } from '@siaga/geo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseImportArgs, runImportCli } from '../../scripts/import/cli.ts';
import { importRoads } from '../../scripts/import/import_roads.ts';
import { realDataDir } from '../support/real_data.ts';

const dir = mkdtempSync(join(tmpdir(), 'siaga-import-'));

/** A GeoJSON road file: `n` short residential lines along lat -8.1, each its own @id. */
function lineFile(name: string, n: number, patch: (features: Record<string, unknown>[]) => void = () => {}) {
  const features: Record<string, unknown>[] = Array.from({ length: n }, (_, i) => ({
    type: 'Feature',
    properties: { '@id': `way/${name}-${i}`, highway: 'residential', name: `Jalan ${i}` },
    geometry: {
      type: 'LineString',
      coordinates: [
        [115 + i * 0.001, -8.1],
        [115 + (i + 1) * 0.001, -8.1],
      ],
    },
  }));
  patch(features);
  features.push({
    type: 'Feature',
    properties: { '@id': `way/${name}-foot`, highway: 'footway' },
    geometry: null,
  });
  const path = join(dir, `${name}.geojson`);
  writeFileSync(path, JSON.stringify({ type: 'FeatureCollection', features }));
  return path;
}

describe('import roads from GeoJSON', () => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase();
  });
  afterAll(() => database?.close());

  it('writes the kept roads and reports what it skipped', async () => {
    const s = await importRoads(database, lineFile('ok', 5));
    expect(s).toMatchObject({ waysRead: 6, kept: 5, written: 5, deleted: 0 });
    expect(s.skipped).toEqual({ 'geometry missing': 1 });
    expect(await roads.count(database.db)).toBe(5);
  });

  it('refuses an existing sourceId without --replace and writes nothing', async () => {
    const before = await roads.count(database.db);
    await expect(importRoads(database, lineFile('ok', 7))).rejects.toMatchObject({ code: 'conflict' });
    expect(await roads.count(database.db)).toBe(before);
  });

  it('writes nothing when a geometry in the middle is broken, even with --replace', async () => {
    const before = (await roads.list(database.db)).map((r) => r.properties.sourceId);
    const broken = lineFile('broken', 9, (features) => {
      (features[4] as { geometry: unknown }).geometry = {
        type: 'LineString',
        coordinates: [
          [115.1, -8.1],
          [115.1, -8.1],
        ],
      };
    });
    await expect(importRoads(database, broken, { replace: true })).rejects.toMatchObject({
      code: 'invalid_geometry',
    });
    expect((await roads.list(database.db)).map((r) => r.properties.sourceId)).toEqual(before);
  });

  it('names the broken feature by its index in the file, past skipped features', async () => {
    const broken = lineFile('skipped-then-broken', 6, (features) => {
      (features[1] as { properties: Record<string, string> }).properties.highway = 'footway';
      (features[4] as { geometry: unknown }).geometry = {
        type: 'LineString',
        coordinates: [
          [115.1, -8.1],
          [115.1, -8.1],
        ],
      };
    });
    const err = await importRoads(database, broken).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'invalid_geometry' });
    expect((err as { details: { path: string }[] }).details.map((d) => d.path)).toEqual([
      `${broken}.features.4.geometry`,
    ]);
  });

  it('rolls back roads already inserted when a later batch fails', async () => {
    const before = await roads.count(database.db);
    // 600 roads are inserted in two statements; the duplicate sits in the second.
    const late = lineFile('late', 600, (features) => {
      (features[550] as { properties: Record<string, string> }).properties['@id'] = 'way/late-3';
    });
    await expect(importRoads(database, late)).rejects.toMatchObject({ code: 'conflict' });
    expect(await roads.count(database.db)).toBe(before);
  });

  it('writes in parts of 5,000: a broken road in the second part rolls back the first and is named by its index', async () => {
    const before = await roads.count(database.db);
    const big = lineFile('parts', 5003, (features) => {
      (features[5001] as { geometry: unknown }).geometry = {
        type: 'LineString',
        coordinates: [
          [115.1, -8.1],
          [115.1, -8.1],
        ],
      };
    });
    const err = await importRoads(database, big).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'invalid_geometry' });
    expect((err as { details: { path: string }[] }).details.map((d) => d.path)).toEqual([
      `${big}.features.5001.geometry`,
    ]);
    expect(await roads.count(database.db)).toBe(before);
  });

  it('replaces every stored road with --replace', async () => {
    const s = await importRoads(database, lineFile('again', 3), { replace: true });
    expect(s.deleted).toBeGreaterThan(0);
    expect((await roads.list(database.db)).map((r) => r.properties.sourceId).sort()).toEqual([
      'way/again-0',
      'way/again-1',
      'way/again-2',
    ]);
  });

  it('runs as a CLI: prints the summary, exit 0; bad arguments exit 2; a failure exits 1', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { log: (l: string) => out.push(l), error: (l: string) => err.push(l) };
    const keep = { ...database, close: async () => {} };
    expect(
      await runImportCli(['roads', lineFile('cli', 2), '--replace'], { ...io, open: async () => keep }),
    ).toBe(0);
    expect(out.join('\n')).toMatch(/ways read: 3[\s\S]*kept: {6}2[\s\S]*written: {3}2 roads/);
    expect(await runImportCli(['roads'], io)).toBe(2);
    expect(await runImportCli(['roads', 'x.geojson', '--force'], io)).toBe(2);
    expect(await runImportCli(['roads', join(dir, 'missing.txt')], { ...io, open: async () => keep })).toBe(
      1,
    );
    expect(err.join('\n')).toContain('Import failed, nothing was written');
  });

  it('parses its arguments', () => {
    expect(parseImportArgs(['roads', 'a.osm.pbf'])).toEqual({
      kind: 'roads',
      file: 'a.osm.pbf',
      replace: false,
    });
    expect(parseImportArgs(['--replace', 'roads', 'a.geojson'])).toMatchObject({ replace: true });
    expect(() => parseImportArgs(['incidents', 'a.geojson'])).toThrow(/usage/);
    expect(parseImportArgs(['posts', 'a.geojson', '--dry-run'])).toMatchObject({
      kind: 'posts',
      dryRun: true,
    });
    expect(() => parseImportArgs(['posts', 'a.geojson', '--replace'])).toThrow(/unknown option --replace/);
    expect(parseImportArgs(['hazard-zones', 'z.zip', '--epsg=32750', '--hazard-type=flood'])).toMatchObject({
      epsg: 32750,
      hazardType: 'flood',
    });
  });
});

const real = realDataDir();
const andorra = real === null ? null : join(real, 'osm', 'andorra.osm.pbf');

describe.skipIf(andorra === null)('import roads from the real Andorra extract', () => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase();
  });
  afterAll(() => database?.close());

  it('writes exactly the roads readOsmPbf keeps', async () => {
    const file = andorra as string;
    const { roads: lines, summary: expected } = readOsmPbf(readFileSync(file));
    const s = await importRoads(database, file);
    expect({
      waysRead: s.waysRead,
      kept: s.kept,
      skipped: s.skipped,
      cutAtExtractEdge: s.cutAtExtractEdge,
      barriers: s.barriers,
    }).toEqual(expected);
    // A way split around a barrier node is written as several roads.
    expect(s.written).toBe(lines.length);
    expect(await roads.count(database.db)).toBe(lines.length);
    expect(s.islands.fire_engine.mainNodes).toBeGreaterThan(1000);
    const again = await importRoads(database, file, { replace: true });
    expect(again).toMatchObject({ deleted: lines.length, written: lines.length });
    expect(await roads.count(database.db)).toBe(lines.length);
  });
});

if (andorra === null) {
  describe('import roads from the real Andorra extract', () => {
    it.skip('skipped: no real data folder (set SIAGA_REAL_DATA or provide ../shared/data/osm/andorra.osm.pbf)', () => {});
  });
}
