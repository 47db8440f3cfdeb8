import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readRoadsFile } from '../../../scripts/import/read_roads_file.ts';
import { makePbf, type SyntheticElement } from '../../support/make_pbf.ts';
import { realDataDir } from '../../support/real_data.ts';
import { FIXTURE_IN } from '../geo/fixtures.ts';

const repo = resolve(FIXTURE_IN, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'siaga-import-files-'));
const osm = join(FIXTURE_IN, 'osm_gate_street.osm');

const street: SyntheticElement[] = [
  { type: 'node', id: 1, lon: 115.001, lat: -8.1 },
  { type: 'node', id: 2, lon: 115.002, lat: -8.1 },
  { type: 'way', id: 100, refs: [1, 2], tags: { highway: 'residential' } },
];

function write(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/**
 * Runs `npm run import -- roads FILE` as a child process with a deadline, on an embedded database folder that
 * must never be created: the file is checked before the database is opened. A hang (the old inflate loop) is
 * killed by the timeout and fails the test through `signal`, not through a timed assertion.
 */
function importCli(
  file: string,
  args: readonly string[] = [],
): {
  status: number | null;
  signal: string | null;
  stderr: string;
  dbMade: boolean;
} {
  const dataDir = join(dir, `db-${Math.random().toString(36).slice(2)}`);
  const { DATABASE_URL: _server, ...inherited } = process.env;
  const env = { ...inherited, SIAGA_DATA_DIR: dataDir };
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', 'roads', file, ...args], {
    cwd: repo,
    env,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: r.status, signal: r.signal, stderr: r.stderr, dbMade: existsSync(dataDir) };
}

function expectRefused(file: string, reason: RegExp, args: readonly string[] = []): void {
  const r = importCli(file, args);
  expect(r.signal).toBeNull();
  expect(r.status).toBe(1);
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain('nothing was written');
  expect(lines[0]).toContain(file);
  expect(lines[0]).toMatch(reason);
  expect(r.dbMade).toBe(false);
}

// Each child process starts tsx (a few seconds on a busy machine); the deadline that matters is spawnSync's.
describe('npm run import -- roads on bad files (child process, killed if it hangs)', {
  timeout: 120_000,
}, () => {
  it('a generated .osm.pbf cut in half', () => {
    const bytes = makePbf(street);
    expectRefused(write('half.osm.pbf', bytes.subarray(0, Math.ceil(bytes.length / 2))), /cut short/);
  });

  it('a generated .osm.pbf cut in half, read with --clip (a bbox: read before the database opens)', () => {
    const bytes = makePbf(street);
    expectRefused(write('half-clip.osm.pbf', bytes.subarray(0, Math.ceil(bytes.length / 2))), /cut short/, [
      '--clip',
      '115,-8.2,115.1,-8',
      '--buffer-km',
      '1',
    ]);
  });

  it('an empty file', () => {
    expectRefused(write('empty.osm.pbf', ''), /empty/);
  });

  it('a garbage file', () => {
    expectRefused(
      write('garbage.osm.pbf', 'GIF89a this is a picture, not a map'.repeat(20)),
      /not an OSM PBF/,
    );
    expectRefused(write('garbage.osm', '\u0000\u0001 binary junk'), /not an OSM XML/);
  });

  it('a truncated .osm.gz and malformed XML', () => {
    const gz = gzipSync(readFileSync(osm));
    expectRefused(write('cut.osm.gz', gz.subarray(0, gz.length - 40)), /cannot be read|end of file/);
    expectRefused(write('bad.osm', '<osm><node id="1"><way></osm>'), /not well-formed XML/);
  });

  it('a missing file and an unknown kind of file', () => {
    expectRefused(join(dir, 'nowhere.osm.pbf'), /no such file/);
    expectRefused(write('roads.csv', 'a,b'), /unknown kind of file/);
  });

  const real = realDataDir();
  const andorra = real === null ? null : join(real, 'osm', 'andorra.osm.pbf');
  it.skipIf(andorra === null)('the real Andorra extract cut in half (skipped without ../shared/data)', () => {
    const bytes = readFileSync(andorra as string);
    expectRefused(
      write('andorra-half.osm.pbf', bytes.subarray(0, Math.floor(bytes.length / 2))),
      /cut short/,
    );
  });
});

describe('readRoadsFile reads OSM XML plain, gzip and bzip2 alike', () => {
  it('.osm, .osm.gz and .osm.bz2 give the same roads', async () => {
    const plain = await readRoadsFile(osm);
    const gz = await readRoadsFile(write('street.osm.gz', gzipSync(readFileSync(osm))));
    const bz2 = await readRoadsFile(join(FIXTURE_IN, 'osm_gate_street.osm.bz2'));
    expect(plain.summary).toEqual({
      waysRead: 3,
      kept: 2,
      skipped: { 'route=ferry': 1 },
      cutAtExtractEdge: 1,
      barriers: 1,
    });
    expect(plain.roads.map((r) => [r.properties.sourceId, r.properties.access])).toEqual([
      ['osm:way/100#0', null],
      ['osm:way/100#1', 'private'],
      ['osm:way/100#2', null],
      ['osm:way/101', null],
    ]);
    expect(gz).toEqual(plain);
    expect(bz2).toEqual(plain);
  });

  it('a GeoJSON feature with a bad coordinate is not counted as kept', async () => {
    const line = (id: string, coordinates: unknown) => ({
      type: 'Feature',
      properties: { '@id': id, highway: 'residential' },
      geometry: { type: 'LineString', coordinates },
    });
    const file = write(
      'roads.geojson',
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          line('a', [
            [115, -8.1],
            [115.001, -8.1],
          ]),
          line('b', [
            [115, -8.1],
            ['x', -8.1],
          ]),
          line('c', [
            [115.002, -8.1],
            [115.003, -8.1],
          ]),
        ],
      }),
    );
    const { roads, summary } = await readRoadsFile(file);
    expect(summary).toMatchObject({ waysRead: 3, kept: 2, skipped: { 'invalid coordinates': 1 } });
    expect(roads.map((r) => [r.properties.sourceId, r.featureIndex])).toEqual([
      ['a', 0],
      ['c', 2],
    ]);
  });
});
