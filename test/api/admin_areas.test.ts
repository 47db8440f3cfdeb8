import { adminAreas } from '@siaga/db';
import { AdminAreaCreate, AdminAreaFeature } from '@siaga/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { testActor } from '../support/db_fixtures.ts';
import { expectError } from './support/api_client.ts';
import { square } from './support/fixtures.ts';
import { useTestApp } from './support/test_app.ts';

const t = useTestApp();

/** Admin areas are read-only through the API, so this file loads its own through the repository. */
beforeAll(async () => {
  const area = (
    code: string,
    name: string,
    level: string,
    parentCode: string | null,
    lon: number,
    size: number,
  ) =>
    AdminAreaCreate.parse({
      type: 'Feature',
      geometry: square(lon, -8.2, size),
      properties: { code, name, level, parentCode },
    });
  await adminAreas.create(
    t.database.db,
    [
      area('51.08', 'Buleleng', 'kabupaten', null, 114.5, 0.9),
      area('51.08.08', 'Kubutambahan', 'kecamatan', '51.08', 115.2, 0.1),
      area('51.08.09', 'Tejakula', 'kecamatan', '51.08', 115.3, 0.1),
      area('51.08.08.2013', 'Mengening', 'desa', '51.08.08', 115.24, 0.02),
    ],
    testActor,
  );
});

const codes = async (query: string) =>
  (
    (await t.api.get(`/api/admin-areas?${query}`)).json as {
      features: Array<{ properties: { code: string } }>;
    }
  ).features
    .map((f) => f.properties.code)
    .sort();

describe('GET /api/admin-areas', () => {
  it('filters by level and parent', async () => {
    expect(await codes('level=kecamatan')).toEqual(['51.08.08', '51.08.09']);
    expect(await codes('parentCode=51.08.08')).toEqual(['51.08.08.2013']);
    expect(await codes('level=desa&parentCode=51.08.09')).toEqual([]);
  });

  it('filters by bbox', async () => {
    expect(await codes('level=kecamatan&bbox=115.31,-8.19,115.32,-8.18')).toEqual(['51.08.09']);
  });

  it('leaves the boundaries out with geometry=false', async () => {
    const full = (await t.api.get('/api/admin-areas?level=desa')).json as { features: unknown[] };
    expect(AdminAreaFeature.parse(full.features[0]).geometry.type).toBe('MultiPolygon');
    const light = await t.api.get('/api/admin-areas?level=desa&geometry=false');
    expect(light.status).toBe(200);
    const [feature] = (light.json as { features: Array<{ geometry: unknown; properties: unknown }> })
      .features;
    expect(feature?.geometry).toBeNull();
    expect(feature?.properties).toMatchObject({
      code: '51.08.08.2013',
      name: 'Mengening',
      labelPoint: { type: 'Point', coordinates: [expect.any(Number), expect.any(Number)] },
    });
    expect(light.text.length).toBeLessThan(JSON.stringify(full).length);
  });

  it('refuses a bad level, code or flag', async () => {
    expectError(await t.api.get('/api/admin-areas?level=provinsi'), 422, 'validation_failed');
    expectError(await t.api.get('/api/admin-areas?parentCode=5108'), 422, 'validation_failed');
    expectError(await t.api.get('/api/admin-areas?geometry=no'), 422, 'validation_failed');
  });
});

describe('GET /api/admin-areas/{code}', () => {
  it('answers one area with its boundary and area', async () => {
    const answer = await t.api.get('/api/admin-areas/51.08.08.2013');
    expect(answer.status).toBe(200);
    const area = AdminAreaFeature.parse(answer.json);
    expect(area.properties).toMatchObject({ name: 'Mengening', level: 'desa', parentCode: '51.08.08' });
    expect(area.properties.areaKm2).toBeGreaterThan(4);
  });

  it('answers 404 for an unknown code and 422 for a malformed one', async () => {
    expectError(await t.api.get('/api/admin-areas/51.08.07'), 404, 'not_found');
    expectError(await t.api.get('/api/admin-areas/buleleng'), 422, 'validation_failed');
  });

  it('is read-only', async () => {
    expectError(await t.api.post('/api/admin-areas', {}), 405, 'method_not_allowed');
    expectError(await t.api.delete('/api/admin-areas/51.08'), 405, 'method_not_allowed');
  });
});
