import { HazardZoneCollection } from '@siaga/api';
import { HazardZoneFeature } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { expectError, idOf } from './support/api_client.ts';
import { collection, hazardZoneBody, square } from './support/fixtures.ts';
import { useTestApp } from './support/test_app.ts';

const t = useTestApp();

describe('hazard zones: happy paths', () => {
  it('stores a Polygon as a MultiPolygon with its area and reads it back', async () => {
    const created = await t.api.post('/api/hazard-zones', hazardZoneBody({}, square(115.24, -8.16, 0.01)));
    expect(created.status, created.text).toBe(201);
    const zone = HazardZoneFeature.parse(created.json);
    expect(zone.geometry.type).toBe('MultiPolygon');
    // 0.01 degree square at 8 deg S: about 1.10 km by 1.11 km.
    expect(zone.properties.areaKm2).toBeGreaterThan(1.1);
    expect(zone.properties.areaKm2).toBeLessThan(1.3);
    expect(created.headers.get('location')).toBe(`/api/hazard-zones/${zone.properties.id}`);
    expect((await t.api.get(`/api/hazard-zones/${zone.properties.id}`)).json).toEqual(created.json);
  });

  it('filters by bbox, hazard type and level', async () => {
    const id = idOf(
      await t.api.post(
        '/api/hazard-zones',
        hazardZoneBody({ hazardType: 'tsunami', level: 'sedang' }, square(114.6, -8.35, 0.001)),
      ),
    );
    const bbox = 'bbox=114.599,-8.351,114.602,-8.348';
    const ids = async (query: string) =>
      HazardZoneCollection.parse((await t.api.get(`/api/hazard-zones?${query}`)).json).features.map(
        (f) => f.properties.id,
      );
    expect(await ids(bbox)).toEqual([id]);
    expect(await ids(`${bbox}&hazardType=tsunami,flood&level=sedang`)).toEqual([id]);
    expect(await ids(`${bbox}&level=tinggi`)).toEqual([]);
    expect(await ids(`${bbox}&hazardType=drought`)).toEqual([]);
  });

  it('creates a collection, patches a boundary and deletes', async () => {
    const created = await t.api.post(
      '/api/hazard-zones',
      collection([hazardZoneBody(), hazardZoneBody({ hazardType: 'flood' })]),
    );
    expect(created.status).toBe(201);
    const [first] = HazardZoneCollection.parse(created.json).features;
    const id = first?.properties.id;
    const patched = await t.api.patch(`/api/hazard-zones/${id}`, { geometry: square(115.3, -8.25, 0.02) });
    expect(patched.status).toBe(200);
    expect(HazardZoneFeature.parse(patched.json).properties.areaKm2).toBeGreaterThan(4);
    expect((await t.api.delete(`/api/hazard-zones/${id}`)).status).toBe(204);
    expectError(await t.api.get(`/api/hazard-zones/${id}`), 404, 'not_found');
  });
});

describe('hazard zones: errors', () => {
  it('names the failing ring in an invalid_geometry answer', async () => {
    const ring = square(115.2, -8.2).coordinates[0]?.slice(0, 4);
    const envelope = expectError(
      await t.api.post('/api/hazard-zones', hazardZoneBody({}, { type: 'Polygon', coordinates: [ring] })),
      422,
      'invalid_geometry',
    );
    expect(envelope.error.details[0]?.path).toMatch(/^body\.geometry\.coordinates\.0/);
  });

  it('refuses an unknown level', async () => {
    expectError(await t.api.get('/api/hazard-zones?level=extreme'), 422, 'validation_failed');
  });
});
