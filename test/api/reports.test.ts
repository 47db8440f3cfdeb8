import { CoverageReport, REPORT_BANDS_MIN } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { expectError } from './support/api_client.ts';
import { useTestApp } from './support/test_app.ts';

const t = useTestApp({ seeded: true, as: 'viewer' });

/** The answer's bytes as sent (a client's text() drops the byte-order mark). */
async function bytesOf(path: string): Promise<Uint8Array> {
  const viewer = await t.newUser('viewer');
  const res = await t.app.request(path, { headers: { authorization: `Bearer ${viewer.token}` } });
  expect(res.status).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
}

async function report(): Promise<CoverageReport> {
  const answer = await t.api.get('/api/reports/coverage');
  expect(answer.status, answer.text).toBe(200);
  return CoverageReport.parse(answer.json);
}

describe('GET /api/reports/coverage', () => {
  it('reports the seed per kecamatan and desa against the 15-minute standard and WMK, labelled as demo', async () => {
    const r = await report();
    expect(r.demo).toBe(true);
    expect(r.standardMin).toBe(15);
    expect(r.kecamatan).toHaveLength(9);
    expect(r.desa.length).toBeGreaterThan(100);
    expect(r.summary.desaCount).toBe(r.desa.length);
    const s = r.summary;
    expect(s.travel.populationShare).toBeGreaterThan(0);
    expect(s.travel.populationShare).toBeLessThan(1);
    expect(s.travel.desaCovered).toBe(r.desa.filter((d) => d.withinStandard).length);
    expect(s.wmk.radiusM).toBe(7_500);
    expect(s.wmk.builtUpRadiusM).toBe(2_500);
    expect(s.bands).toHaveLength(REPORT_BANDS_MIN.length + 1);
    const bandTotal = s.bands.reduce((a, b) => a + b.population, 0);
    expect(bandTotal).toBeCloseTo(
      r.kecamatan.reduce((a, k) => a + k.population, 0),
      0,
    );
    expect(s.postsPer30k.needed).toBe(Math.ceil(s.population / 30_000));
    // The seed's incidents record when they happened, not when help arrived.
    expect(s.incidents.recorded).toBeGreaterThan(0);
    expect(s.incidents.withResponseTimes).toBe(0);
    expect(s.incidents.rows.every((i) => i.recordedResponseMin === null && i.modelledEtaMin !== null)).toBe(
      true,
    );
    expect(r.methods.map((m) => m.id)).toContain('travel_time');
    expect(r.sources.find((x) => x.id === 'posts')?.count).toBe(s.postCount);
  });

  it('gives every desa its nearest post and the equipment within reach, and every cache item its inspection state', async () => {
    const r = await report();
    const reached = r.desa.filter((d) => d.etaMin !== null);
    expect(reached.length).toBeGreaterThan(r.desa.length / 2);
    expect(reached.every((d) => d.nearestPost !== null)).toBe(true);
    expect(r.desa.some((d) => Object.keys(d.equipment).length > 0)).toBe(true);
    expect(r.desa.some((d) => d.hazards.length > 0)).toBe(true);
    const mengening = r.desa.find((d) => d.code === '51.08.08.2013');
    expect(mengening?.hazards.map((h) => h.hazardType)).toContain('landslide');
    expect(r.equipment.length).toBeGreaterThan(10);
    for (const e of r.equipment)
      expect(e.overdue).toBe(
        e.lastInspected === null ||
          Date.parse(r.generatedAt) - Date.parse(e.lastInspected) > 365 * 86_400_000,
      );
  });

  it('refuses an unknown profile', async () => {
    expectError(await t.api.get('/api/reports/coverage?profile=bicycle'), 422, 'validation_failed');
  });
});

describe('GET /api/reports/coverage.csv', () => {
  it('writes the kecamatan table with a BOM and Indonesian headers by default', async () => {
    const answer = await t.api.get('/api/reports/coverage.csv');
    expect(answer.status, answer.text).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect([...(await bytesOf('/api/reports/coverage.csv')).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = answer.text.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^Kode,Nama,Penduduk,/);
    expect(lines).toHaveLength(10);
    expect(answer.text).toContain('Kubutambahan');
  });

  it('writes the desa table with English headers', async () => {
    const answer = await t.api.get('/api/reports/coverage.csv?level=desa&lang=en');
    expect(answer.status, answer.text).toBe(200);
    const lines = answer.text.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^Code,Name,Kecamatan,Kelurahan,Population,Nearest post,/);
    expect(lines.length).toBeGreaterThan(100);
  });

  it('refuses an unknown level', async () => {
    expectError(await t.api.get('/api/reports/coverage.csv?level=provinsi'), 422, 'validation_failed');
  });
});

describe('GET /api/reports/coverage.geojson', () => {
  it('gives one band polygon per travel-time band and the two gap layers', async () => {
    const bands = await t.api.get('/api/reports/coverage.geojson?layer=coverage');
    expect(bands.status, bands.text).toBe(200);
    const fc = bands.json as {
      demo: boolean;
      features: { geometry: { type: string }; properties: { toMin: number | null } }[];
    };
    expect(fc.demo).toBe(true);
    expect(fc.features).toHaveLength(REPORT_BANDS_MIN.length + 1);
    expect(fc.features.every((f) => f.geometry.type === 'MultiPolygon')).toBe(true);
    const gaps = await t.api.get('/api/reports/coverage.geojson?layer=gaps');
    expect(gaps.status, gaps.text).toBe(200);
    const kinds = (gaps.json as { features: { properties: { kind: string } }[] }).features.map(
      (f) => f.properties.kind,
    );
    expect(kinds).toEqual(['travel_time', 'wmk']);
  });
});
