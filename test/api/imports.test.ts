import { executeRows } from '@siaga/db';
import { ImportReport } from '@siaga/schema';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { zippedShapefile } from '../support/shapefile_fixture.ts';
import { expectError } from './support/api_client.ts';
import { type TestUser, useTestApp } from './support/test_app.ts';

const t = useTestApp({ seeded: true, as: null });
let admin: TestUser;
let planner: TestUser;

beforeAll(async () => {
  admin = await t.newUser('admin');
  planner = await t.newUser('planner');
});

const csv = 'kode;penduduk\n51.08.03;"55.000"\n';
const population = async (code: string) =>
  (
    await executeRows<{ population: number }>(
      t.database.db,
      sql`SELECT population FROM admin_areas WHERE code = ${code}`,
    )
  )[0]?.population;

describe('POST /api/imports/{kind}', () => {
  it('is for admins only', async () => {
    expectError(
      await planner.api.call('POST', '/api/imports/population', csv, { 'content-type': 'text/csv' }),
      403,
      'forbidden',
    );
    expectError(
      await t.anonymous.call('POST', '/api/imports/population', csv, { 'content-type': 'text/csv' }),
      401,
      'unauthorized',
    );
  });

  it('reports a dry run without writing, then imports the raw CSV body', async () => {
    const before = await population('51.08.03');
    const dry = await admin.api.call('POST', '/api/imports/population?dryRun=true&file=bps.csv', csv, {
      'content-type': 'text/csv',
    });
    expect(dry.status, dry.text).toBe(200);
    const report = ImportReport.parse(dry.json);
    expect(report).toMatchObject({
      kind: 'population',
      file: 'bps.csv',
      dryRun: true,
      written: false,
      taken: 1,
    });
    expect(report.repaired).toEqual([{ row: 2, message: 'thousands separators in "55.000"' }]);
    expect(await population('51.08.03')).toBe(before);
    const done = await admin.api.call('POST', '/api/imports/population?file=bps.csv', csv, {
      'content-type': 'text/csv',
    });
    expect(done.status, done.text).toBe(200);
    expect(done.json).toMatchObject({ written: true, taken: 1 });
    expect(await population('51.08.03')).toBe(55000);
  });

  it('answers 422 with every refused row and writes nothing; skipInvalid takes the rest', async () => {
    const bad = 'kode,penduduk\n51.08.04,1000\n51.71.01,5\n51.08.04,7\n';
    const before = await population('51.08.04');
    const refused = expectError(
      await admin.api.call('POST', '/api/imports/population', bad, { 'content-type': 'text/csv' }),
      422,
      'validation_failed',
    );
    expect(refused.error.details.map((d) => d.path)).toEqual(['row 3', 'row 4']);
    expect(await population('51.08.04')).toBe(before);
    const taken = await admin.api.call('POST', '/api/imports/population?skipInvalid=true', bad, {
      'content-type': 'text/csv',
    });
    expect(taken.json).toMatchObject({ written: true, taken: 1 });
  });

  it('takes a zipped shapefile as a multipart file part (binary, not UTF-8)', async () => {
    const zip = zippedShapefile([
      {
        rings: [
          [
            [115.3, -8.2],
            [115.31, -8.2],
            [115.31, -8.19],
            [115.3, -8.19],
            [115.3, -8.2],
          ],
        ],
        attributes: { NAMA: 'Multipart', KELAS: 'sedang', JENIS: 'banjir' },
      },
    ]);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(zip)]), 'zona.zip');
    const res = await t.app.request('/api/imports/hazard-zones?dryRun=true', {
      method: 'POST',
      headers: { authorization: `Bearer ${admin.token}` },
      body: form,
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ file: 'zona.zip', format: 'shapefile', taken: 1, refused: [] });
  });

  it('refuses an unknown kind and a bad EPSG code', async () => {
    expectError(
      await admin.api.call('POST', '/api/imports/roads', csv, { 'content-type': 'text/csv' }),
      422,
      'validation_failed',
    );
    expectError(
      await admin.api.call('POST', '/api/imports/hazard-zones?epsg=utm', '{}', {}),
      422,
      'validation_failed',
    );
  });
});
