import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, roads } from '@siaga/db';
import { freshDatabase, seededDatabase } from '@siaga/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImportCli } from '../../scripts/import/cli.ts';
import { makePbf, type SyntheticElement } from '../support/make_pbf.ts';

const dir = mkdtempSync(join(tmpdir(), 'siaga-clip-db-'));
const W = 9_100_000_000;

/**
 * Way W+1 in Singaraja runs north into the Bali Sea (20 km off the coast, beyond a 2 km buffer): cut at the
 * last node on land. Way W+2 is in Denpasar, 50 km south of the kabupaten: dropped.
 */
const elements: SyntheticElement[] = [
  { type: 'node', id: W + 1, lon: 115.09, lat: -8.118 },
  { type: 'node', id: W + 2, lon: 115.091, lat: -8.114 },
  { type: 'node', id: W + 3, lon: 115.09, lat: -7.9 },
  { type: 'node', id: W + 4, lon: 115.22, lat: -8.65 },
  { type: 'node', id: W + 5, lon: 115.23, lat: -8.66 },
  { type: 'way', id: W + 1, refs: [W + 1, W + 2, W + 3], tags: { highway: 'secondary' } },
  { type: 'way', id: W + 2, refs: [W + 4, W + 5], tags: { highway: 'primary' } },
];

function cliIo(database: Database) {
  const out: string[] = [];
  const err: string[] = [];
  const keep = { ...database, close: async () => {} };
  return {
    out,
    err,
    io: { log: (l: string) => out.push(l), error: (l: string) => err.push(l), open: async () => keep },
  };
}

describe('import roads --clip kabupaten (the stored boundary)', () => {
  let database: Database;
  beforeAll(async () => {
    database = await seededDatabase();
  });
  afterAll(() => database?.close());

  it('keeps the roads in Buleleng + the buffer, cut at its edge, and says so in the summary', async () => {
    const file = join(dir, 'bali.osm.pbf');
    writeFileSync(file, makePbf(elements));
    const before = await roads.count(database.db);
    const { out, err, io } = cliIo(database);
    expect(await runImportCli(['roads', file, '--clip', 'kabupaten', '--buffer-km', '2'], io)).toBe(0);
    expect(err).toEqual([]);
    const summary = out.join('\n');
    expect(summary).toMatch(/clip: {6}the stored kabupaten \+ 2 km: 2 of 5 nodes kept/);
    expect(summary).toMatch(/kept: {6}1\n/);
    expect(summary).toMatch(/cut: {7}1 crossed the edge of the clip area or of the extract/);
    expect(summary).toMatch(/ 1 {2}outside the clip area/);
    expect(await roads.count(database.db)).toBe(before + 1);
    const stored = (await roads.list(database.db)).find((r) => r.properties.sourceId === `osm:way/${W + 1}`);
    expect(stored?.geometry.coordinates).toHaveLength(2);
  });
});

describe('import roads --clip kabupaten with no kabupaten stored', () => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase();
  });
  afterAll(() => database?.close());

  it('fails with one line and writes nothing', async () => {
    const file = join(dir, 'empty-db.osm.pbf');
    writeFileSync(file, makePbf(elements));
    const { err, io } = cliIo(database);
    expect(await runImportCli(['roads', file, '--clip', 'kabupaten'], io)).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/nothing was written: --clip kabupaten: no kabupaten boundary is stored/);
    expect(await roads.count(database.db)).toBe(0);
  });
});
