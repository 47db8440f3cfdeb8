import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, executeRows, runImport, systemActor } from '@siaga/db';
import { seededDatabase } from '@siaga/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImportCli } from '../../scripts/import/cli.ts';
import { realDataDir } from '../support/real_data.ts';

const dir = mkdtempSync(join(tmpdir(), 'siaga-import-population-'));
const actor = systemActor('import');
const bytes = (text: string) => new TextEncoder().encode(text);

interface AreaRow extends Record<string, unknown> {
  code: string;
  level: string;
  population: number;
  population_year: number;
  bps_code: string | null;
}
const areas = (database: Database) =>
  executeRows<AreaRow>(
    database.db,
    sql`SELECT code, level, population, population_year, bps_code FROM admin_areas ORDER BY code`,
  );

function cli(database: Database, args: string[]) {
  const out: string[] = [];
  const io = { log: (l: string) => out.push(l), error: (l: string) => out.push(l) };
  const keep = { ...database, close: async () => {} };
  return runImportCli(args, { ...io, open: async () => keep }).then((code) => ({
    code,
    text: out.join('\n'),
  }));
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('import population (bad and awkward files on the demo seed)', () => {
  let database: Database;
  beforeAll(async () => {
    database = await seededDatabase();
  });
  afterAll(() => database?.close());

  it('reads a spreadsheet export: BOM, ";" separators, Indonesian thousands, codes as numbers', async () => {
    const before = await areas(database);
    const text =
      '\uFEFFKode Wilayah;Nama Kecamatan;Jumlah Penduduk 2024\n' +
      '510808;Kubutambahan;70.001\n' +
      '51.08.09;Tejakula;"75.500"\n' +
      ';Jumlah;145.501\n';
    const report = await runImport(database.db, 'population', bytes(text), 'bps.csv', { actor });
    expect(report).toMatchObject({ written: true, rows: 3, taken: 3, refused: [] });
    expect(report.notes.join('\n')).toMatch(/BOM/);
    expect(report.notes.join('\n')).toMatch(/separated by ";"/);
    expect(report.repaired).toEqual(
      expect.arrayContaining([
        { row: 2, message: 'thousands separators in "70.001"' },
        { row: 2, message: 'code 510808 (without dots) read as 51.08.08' },
      ]),
    );
    const after = await areas(database);
    const of = (code: string) => after.find((a) => a.code === code) as AreaRow;
    expect(of('51.08.08')).toMatchObject({ population: 70001, population_year: 2024 });
    // Desa are rescaled to the new total by their shares and add up exactly.
    const desa = after.filter((a) => a.code.startsWith('51.08.08.'));
    expect(desa.reduce((s, d) => s + d.population, 0)).toBe(70001);
    const oldDesa = before.filter((a) => a.code.startsWith('51.08.08.'));
    const oldSum = oldDesa.reduce((s, d) => s + d.population, 0);
    for (const [i, d] of desa.entries()) {
      expect(Math.abs(d.population - ((oldDesa[i]?.population ?? 0) * 70001) / oldSum)).toBeLessThan(1);
    }
    const kecamatanSum = after.filter((a) => a.level === 'kecamatan').reduce((s, k) => s + k.population, 0);
    expect(of('51.08').population).toBe(kecamatanSum);
    expect(of('51.08.01').population).toBe(before.find((a) => a.code === '51.08.01')?.population);
  });

  it('refuses missing and duplicate codes, unreadable counts and another kabupaten; writes nothing', async () => {
    const before = await areas(database);
    const text = [
      'kode,nama,penduduk',
      '51.08.01,Gerokgak,1000',
      ',Tanpa kode,2000',
      '51.08.01,Gerokgak lagi,3000',
      '51.71.01,Denpasar Selatan,4000',
      '51.08.02,Seririt,"12,5"',
      '51.08.10,Nowhere,5',
      '5.108E+05,Busungbiu,7',
    ].join('\n');
    const report = await runImport(database.db, 'population', bytes(text), 'bad.csv', { actor });
    expect(report.written).toBe(false);
    expect(report.refused.map((n) => n.row)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(report.refused.map((n) => n.message).join('\n')).toMatch(
      /no code[\s\S]*also on line 2[\s\S]*another kabupaten \(51\.71\)[\s\S]*no kecamatan with code 51\.08\.10[\s\S]*scientific notation/,
    );
    expect(await areas(database)).toEqual(before);
    // --skip-invalid takes the one good line.
    const skipped = await runImport(database.db, 'population', bytes(text), 'bad.csv', {
      actor,
      skipInvalid: true,
    });
    expect(skipped).toMatchObject({ written: true, taken: 1 });
    expect((await areas(database)).find((a) => a.code === '51.08.01')?.population).toBe(1000);
  });

  it('a file of another kabupaten: every row refused, exit code 1, nothing written', async () => {
    const before = await areas(database);
    const path = file(
      'denpasar.csv',
      'kode_kemendagri,kecamatan,penduduk\n51.71.01,Denpasar Selatan,300000\n51.71.02,Denpasar Timur,150000\n',
    );
    const { code, text } = await cli(database, ['population', path]);
    expect(code).toBe(1);
    expect(text).toMatch(/NOTHING WRITTEN/);
    expect(text).toMatch(/row 2: 51\.71\.01 belongs to another kabupaten/);
    expect(await areas(database)).toEqual(before);
  });

  it('an empty file and a file without a population column are refused before the database is opened', async () => {
    const opened: string[] = [];
    const open = async () => {
      opened.push('opened');
      return { ...database, close: async () => {} };
    };
    const io = { log: () => {}, error: (l: string) => opened.push(l) };
    expect(await runImportCli(['population', file('empty.csv', '')], { ...io, open })).toBe(1);
    expect(await runImportCli(['population', file('blank.csv', '\uFEFF\n\n')], { ...io, open })).toBe(1);
    expect(
      await runImportCli(['population', file('nopop.csv', 'kode,nama\n51.08.01,Gerokgak\n')], {
        ...io,
        open,
      }),
    ).toBe(1);
    expect(opened).not.toContain('opened');
    expect(opened.join('\n')).toMatch(
      /empty\.csv: the file is empty[\s\S]*blank\.csv: the file is empty[\s\S]*no population column/,
    );
  });

  it('a dry run reports and writes nothing', async () => {
    const before = await areas(database);
    const report = await runImport(
      database.db,
      'population',
      bytes('kode,penduduk\n51.08.03,99\n'),
      'x.csv',
      {
        actor,
        dryRun: true,
      },
    );
    expect(report).toMatchObject({ dryRun: true, written: false, taken: 1, refused: [] });
    expect(await areas(database)).toEqual(before);
  });

  it('per desa: the desa get the figures, their kecamatan the sum of its desa, the kabupaten of its kecamatan', async () => {
    const text =
      'kode_desa,nama_desa,jumlah_penduduk,tahun\n5108082013,Mengening,4.321,2023\n51.08.08.2001,x,1000,2023\n';
    const report = await runImport(database.db, 'population', bytes(text), 'desa.csv', { actor });
    expect(report).toMatchObject({ written: true, taken: 2 });
    expect(report.notes.join('\n')).toMatch(
      /1 kecamatan set to the sum of their desa; 146 desa not in the file kept/,
    );
    const after = await areas(database);
    const of = (code: string) => after.find((a) => a.code === code) as AreaRow;
    expect(of('51.08.08.2013')).toMatchObject({ population: 4321, population_year: 2023 });
    const desaSum = after.filter((a) => a.code.startsWith('51.08.08.')).reduce((s, d) => s + d.population, 0);
    expect(of('51.08.08')).toMatchObject({ population: desaSum, population_year: 2023 });
    const kecamatanSum = after.filter((a) => a.level === 'kecamatan').reduce((s, k) => s + k.population, 0);
    expect(of('51.08').population).toBe(kecamatanSum);
  });

  it('BPS codes need a crosswalk', async () => {
    const report = await runImport(
      database.db,
      'population',
      bytes('kode_bps,penduduk\n5108010,99\n'),
      'b.csv',
      {
        actor,
        dryRun: true,
      },
    );
    expect(report.refused[0]?.message).toMatch(/BPS code 5108010 has no Kemendagri code/);
    const crosswalk = {
      bytes: bytes('kode_kemendagri,kode_bps\n51.08.01.2001,5108010001\n'),
      file: 'cw.csv',
    };
    const withCrosswalk = await runImport(
      database.db,
      'population',
      bytes('kode_bps,penduduk\n5108010,99\n'),
      'b.csv',
      {
        actor,
        dryRun: true,
        crosswalk,
      },
    );
    expect(withCrosswalk).toMatchObject({ refused: [], taken: 1 });
  });
});

const real = realDataDir();
const buleleng = real === null ? null : join(real, 'buleleng');

describe.skipIf(buleleng === null)(
  'import population: the real kecamatan file and desa crosswalk of Buleleng',
  () => {
    let database: Database;
    beforeAll(async () => {
      database = await seededDatabase();
    });
    afterAll(() => database?.close());

    const csv = (name: string) => {
      const [head, ...lines] = readFileSync(join(buleleng as string, name), 'utf8')
        .trim()
        .split(/\r?\n/);
      const headers = (head as string).split(',');
      return lines.map(
        (l) => Object.fromEntries(l.split(',').map((v, i) => [headers[i], v])) as Record<string, string>,
      );
    };

    it('after the desa boundaries and the kecamatan population, areas, populations and codes equal the files', async () => {
      const boundaries = await cli(database, ['admin-areas', join(buleleng as string, 'desa.geojson')]);
      expect(boundaries.code).toBe(0);
      const { code, text } = await cli(database, [
        'population',
        join(buleleng as string, 'kecamatan_population.csv'),
        `--crosswalk=${join(buleleng as string, 'desa_crosswalk.csv')}`,
      ]);
      expect(code, text).toBe(0);
      expect(text).toMatch(/Population read from "pop_sp2020"; not read: pop_dkb_2025s1 \(2 empty\)/);
      expect(text).toMatch(/rows: 9 {3}taken: 9 {3}repaired: 0 {3}refused: 0/);

      const stored = await areas(database);
      const kecamatanFile = csv('kecamatan_population.csv');
      const crosswalk = csv('desa_crosswalk.csv');
      const kecamatan = stored.filter((a) => a.level === 'kecamatan');
      const desa = stored.filter((a) => a.level === 'desa');
      expect(kecamatan.map((k) => [k.code, k.bps_code, k.population, k.population_year])).toEqual(
        kecamatanFile.map((r) => [r.kode_kemendagri, r.kode_bps, Number(r.pop_sp2020), 2020]),
      );
      expect(desa.map((d) => [d.code, d.bps_code])).toEqual(
        crosswalk.map((r) => [r.kode_kemendagri, r.kode_bps_2020]),
      );
      for (const k of kecamatanFile) {
        const inKecamatan = desa.filter((d) => d.code.startsWith(`${k.kode_kemendagri}.`));
        expect(inKecamatan.length).toBe(Number(k.n_desa_kel));
        expect(inKecamatan.reduce((s, d) => s + d.population, 0)).toBe(Number(k.pop_sp2020));
      }
      const total = kecamatanFile.reduce((s, r) => s + Number(r.pop_sp2020), 0);
      expect(stored.find((a) => a.code === '51.08')?.population).toBe(total);
      const [official] = await executeRows<{ n: number }>(
        database.db,
        sql`SELECT count(*)::int AS n FROM admin_areas WHERE boundary_precision = 'official'`,
      );
      expect(official?.n).toBe(158);
    });
  },
);

if (buleleng === null) {
  describe('import population: the real kecamatan file and desa crosswalk of Buleleng', () => {
    it.skip('skipped: no real data folder (set SIAGA_REAL_DATA or provide ../shared/data/buleleng)', () => {});
  });
}
