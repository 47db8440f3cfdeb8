import { randomUUID } from 'node:crypto';
import { adminAreas, type Database, hazardZones, incidents } from '@siaga/db';
import { freshDatabase } from '@siaga/db/testing';
import { AdminAreaFeature, HazardZoneFeature, IncidentFeature, SiagaError } from '@siaga/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminAreaInput,
  freshRegion,
  hazardInput,
  incidentInput,
  square,
  testActor,
} from '../support/db_fixtures.ts';
import { roundTrip } from './round_trip.ts';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database?.close());

/** Area of a lon/lat square of `size` degrees at latitude ~0, in km² (spherical, good to 0.5 %). */
const squareKm2 = (size: number) => size * 111.32 * (size * 110.57);

describe('hazardZones', () => {
  it('round-trips a zone as MultiPolygon with its area', async () => {
    const { lon, lat } = freshRegion();
    const input = hazardInput('Rawan longsor Mengening', [square(lon, lat, 0.02)], {
      source: 'test',
      level: 'sedang',
    });
    const created = await roundTrip(hazardZones, HazardZoneFeature, database.db, input);
    // PostGIS writes GeoJSON to 9 decimals, so 22.4 + 0.02 comes back as 22.42, not 22.419999999999998.
    const to9 = (ring: number[][]) => ring.map((p) => p.map((v) => Number(v.toFixed(9))));
    expect(created.geometry.type).toBe('MultiPolygon');
    expect(created.geometry.coordinates.map((poly) => poly.map(to9))).toEqual([
      [to9(square(lon, lat, 0.02))],
    ]);
    expect(created.properties.areaKm2).toBeCloseTo(squareKm2(0.02), 1);
    expect(created.properties).toMatchObject({
      name: 'Rawan longsor Mengening',
      hazardType: 'landslide',
      level: 'sedang',
      source: 'test',
    });
  });

  it('filters by bbox, type and level', async () => {
    const { lon, lat, bbox } = freshRegion();
    const a = hazardInput('A', [square(lon, lat, 0.01)], { hazardType: 'flood', level: 'rendah' });
    const b = hazardInput('B', [square(lon - 0.03, lat, 0.01)], { hazardType: 'tsunami' });
    const far = hazardInput('Far', [square(lon + 0.05, lat, 0.01)]);
    await hazardZones.create(database.db, [a, b, far], testActor);
    const names = (fs: HazardZoneFeature[]) => fs.map((f) => f.properties.name);
    expect(names(await hazardZones.list(database.db, { bbox }))).toEqual(['A', 'B']);
    expect(names(await hazardZones.list(database.db, { bbox, hazardType: ['tsunami', 'drought'] }))).toEqual([
      'B',
    ]);
    expect(names(await hazardZones.list(database.db, { bbox, level: ['rendah'] }))).toEqual(['A']);
  });

  it('excludes a zone whose bounding box but not its shape touches the bbox', async () => {
    const { lon, lat, bbox } = freshRegion();
    // An L-shape around the bbox's north-east corner: its envelope covers the corner, the shape does not.
    const [, , east, north] = bbox;
    const ell = [
      [east - 0.01, north + 0.005],
      [east + 0.03, north + 0.005],
      [east + 0.03, north - 0.03],
      [east + 0.005, north - 0.03],
      [east + 0.005, north + 0.002],
      [east - 0.01, north + 0.002],
      [east - 0.01, north + 0.005],
    ];
    await hazardZones.create(
      database.db,
      [hazardInput('L', [ell]), hazardInput('In', [square(lon, lat, 0.01)])],
      testActor,
    );
    expect((await hazardZones.list(database.db, { bbox })).map((f) => f.properties.name)).toEqual(['In']);
  });

  it('updates the geometry (area follows) and removes', async () => {
    const { lon, lat } = freshRegion();
    const input = hazardInput('Zone', [square(lon, lat, 0.01)]);
    await hazardZones.create(database.db, [input], testActor);
    const updated = await hazardZones.update(
      database.db,
      input.id as string,
      {
        geometry: { type: 'Polygon', coordinates: [square(lon, lat, 0.02)] },
        properties: { level: 'rendah' },
      },
      testActor,
    );
    expect(updated?.properties.areaKm2).toBeCloseTo(squareKm2(0.02), 1);
    expect(updated?.properties).toMatchObject({ name: 'Zone', level: 'rendah' });
    expect(
      await hazardZones.update(database.db, randomUUID(), { properties: { level: 'rendah' } }, testActor),
    ).toBeNull();
    expect(await hazardZones.remove(database.db, input.id as string, testActor)).toBe(true);
    expect(await hazardZones.get(database.db, input.id as string)).toBeNull();
  });
});

describe('incidents', () => {
  it('round-trips an incident, storing occurredAt as an instant', async () => {
    const { lon, lat } = freshRegion();
    const input = incidentInput('Longsor Mengening', [lon, lat]);
    const created = await roundTrip(incidents, IncidentFeature, database.db, input);
    expect(created.properties).toMatchObject({
      title: 'Longsor Mengening',
      status: 'reported',
      occurredAt: '2023-01-02T11:30:00.000Z',
      // No desa is loaded in this file yet: the place is unknown (incident_workflow.test.ts derives it).
      desaCode: null,
      kecamatanCode: null,
    });
  });

  it('filters by bbox, status, type and time window, newest first', async () => {
    const { lon, lat, bbox } = freshRegion();
    const early = incidentInput('Early', [lon, lat], { occurredAt: '2023-01-02T10:00:00Z' });
    const late = incidentInput('Late fire', [lon, lat], {
      occurredAt: '2023-01-03T10:00:00Z',
      incidentType: 'building_fire',
      status: 'resolved',
    });
    await incidents.create(database.db, [early, late], testActor);
    const titles = (fs: IncidentFeature[]) => fs.map((f) => f.properties.title);
    expect(titles(await incidents.list(database.db, { bbox }))).toEqual(['Late fire', 'Early']);
    expect(titles(await incidents.list(database.db, { bbox, status: ['resolved'] }))).toEqual(['Late fire']);
    expect(titles(await incidents.list(database.db, { bbox, incidentType: ['landslide'] }))).toEqual([
      'Early',
    ]);
    expect(titles(await incidents.list(database.db, { bbox, from: '2023-01-02T12:00:00+01:00' }))).toEqual([
      'Late fire',
    ]);
    expect(titles(await incidents.list(database.db, { bbox, to: '2023-01-02T10:00:00Z' }))).toEqual([
      'Early',
    ]);
  });

  it('updates status and time, and removes', async () => {
    const { lon, lat } = freshRegion();
    const input = incidentInput('Banjir', [lon, lat], { incidentType: 'flood' });
    await incidents.create(database.db, [input], testActor);
    const updated = await incidents.update(
      database.db,
      input.id as string,
      {
        properties: { status: 'responding', occurredAt: '2023-01-02T12:00:00+08:00' },
      },
      testActor,
    );
    expect(updated?.properties).toMatchObject({
      title: 'Banjir',
      status: 'responding',
      occurredAt: '2023-01-02T04:00:00.000Z',
    });
    expect(await incidents.remove(database.db, input.id as string, testActor)).toBe(true);
    expect(await incidents.remove(database.db, input.id as string, testActor)).toBe(false);
  });
});

describe('adminAreas', () => {
  it('creates a hierarchy in one batch in any order and reads it back by code', async () => {
    const { lon, lat } = freshRegion();
    const desa = adminAreaInput('61.01.01.2001', 'desa', [square(lon, lat, 0.01)], {
      parentCode: '61.01.01',
      isKelurahan: false,
      population: 2400,
      populationYear: 2020,
    });
    const kecamatan = adminAreaInput('61.01.01', 'kecamatan', [square(lon, lat, 0.02)], {
      parentCode: '61.01',
    });
    const kabupaten = adminAreaInput('61.01', 'kabupaten', [square(lon, lat, 0.03)]);
    const created = await adminAreas.create(database.db, [desa, kecamatan, kabupaten], testActor);
    expect(created.map((a) => a.properties.code)).toEqual(['61.01.01.2001', '61.01.01', '61.01']);
    for (const area of created) expect(AdminAreaFeature.parse(area)).toEqual(area);
    const got = await adminAreas.get(database.db, '61.01.01.2001');
    expect(got?.properties).toMatchObject({
      name: 'Area 61.01.01.2001',
      level: 'desa',
      parentCode: '61.01.01',
      population: 2400,
    });
    expect(got?.properties.areaKm2).toBeCloseTo(squareKm2(0.01), 1);
    expect(await adminAreas.get(database.db, '99.99')).toBeNull();
  });

  it('lists by level and parent, with or without boundaries', async () => {
    const { lon, lat, bbox } = freshRegion();
    await adminAreas.create(
      database.db,
      [
        adminAreaInput('62.01', 'kabupaten', [square(lon, lat, 0.03)]),
        adminAreaInput('62.01.02', 'kecamatan', [square(lon, lat, 0.01)], { parentCode: '62.01' }),
        adminAreaInput('62.01.01', 'kecamatan', [square(lon + 0.01, lat, 0.01)], { parentCode: '62.01' }),
      ],
      testActor,
    );
    const kecamatan = await adminAreas.list(database.db, { parentCode: '62.01' });
    expect(kecamatan.map((a) => a.properties.code)).toEqual(['62.01.01', '62.01.02']);
    expect(kecamatan[0]?.geometry.type).toBe('MultiPolygon');
    const bare = await adminAreas.list(database.db, { bbox, level: 'kabupaten', withGeometry: false });
    expect(bare.map((a) => [a.properties.code, a.geometry])).toEqual([['62.01', null]]);
    expect(bare[0]?.properties.areaKm2).toBeGreaterThan(0);
  });

  it('keeps a given label point, computes one inside the boundary when absent, also without boundaries', async () => {
    const { lon, lat, bbox } = freshRegion();
    // An L-shaped desa: its bounding-box centre lies outside it, ST_PointOnSurface never does.
    const ell: [number, number][] = [
      [lon, lat],
      [lon + 0.02, lat],
      [lon + 0.02, lat + 0.005],
      [lon + 0.005, lat + 0.005],
      [lon + 0.005, lat + 0.02],
      [lon, lat + 0.02],
      [lon, lat],
    ];
    const given = { type: 'Point' as const, coordinates: [lon + 0.001, lat + 0.001, 12] };
    await adminAreas.create(
      database.db,
      [
        adminAreaInput('64.01', 'kabupaten', [square(lon, lat, 0.03)], { labelPoint: given }),
        adminAreaInput('64.01.01', 'kecamatan', [ell], { parentCode: '64.01' }),
      ],
      testActor,
    );
    const kabupaten = await adminAreas.get(database.db, '64.01');
    const kept = kabupaten?.properties.labelPoint?.coordinates ?? [];
    expect(kept).toHaveLength(2);
    expect(kept[0]).toBeCloseTo(lon + 0.001, 6);
    expect(kept[1]).toBeCloseTo(lat + 0.001, 6);
    const [x, y] = (await adminAreas.get(database.db, '64.01.01'))?.properties.labelPoint?.coordinates ?? [];
    const inArm = (x as number) - lon < 0.005 || (y as number) - lat < 0.005;
    expect(inArm && (x as number) > lon && (y as number) > lat).toBe(true);
    const bare = await adminAreas.list(database.db, { bbox, withGeometry: false });
    expect(bare.map((a) => a.properties.labelPoint?.type)).toEqual(['Point', 'Point']);
  });

  it('checks a label point like any geometry, naming it, and writes nothing', async () => {
    const { lon, lat, bbox } = freshRegion();
    const kab = adminAreaInput('65.01', 'kabupaten', [square(lon, lat, 0.03)]);
    const bad = {
      ...kab,
      properties: { ...kab.properties, labelPoint: { type: 'Point', coordinates: [lon + 200, lat] } },
    };
    const error = await adminAreas.create(database.db, [bad as typeof kab], testActor).catch((e) => e);
    expect(error).toBeInstanceOf(SiagaError);
    expect(error.code).toBe('invalid_geometry');
    expect(error.details.map((d: { path: string }) => d.path)).toEqual(['features.0.properties.labelPoint']);
    expect(await adminAreas.list(database.db, { bbox })).toEqual([]);
  });

  it('refuses an unknown parent code and a duplicate code, writing nothing', async () => {
    const { lon, lat, bbox } = freshRegion();
    const orphan = adminAreaInput('63.01.01', 'kecamatan', [square(lon, lat, 0.01)], { parentCode: '63.01' });
    const error = await adminAreas.create(database.db, [orphan], testActor).catch((e) => e);
    expect(error).toBeInstanceOf(SiagaError);
    expect(error.code).toBe('validation_failed');
    expect(error.details).toEqual([
      { path: 'features.0.properties.parentCode', message: expect.stringContaining('63.01') },
    ]);
    const kab = adminAreaInput('63.01', 'kabupaten', [square(lon, lat, 0.01)]);
    const dup = await adminAreas.create(database.db, [kab, { ...kab }], testActor).catch((e) => e);
    expect(dup.code).toBe('conflict');
    expect(await adminAreas.list(database.db, { bbox })).toEqual([]);
  });
});
