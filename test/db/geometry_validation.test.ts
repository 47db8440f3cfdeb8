import { type Database, executeRows, hazardZones, roads } from '@siaga/db';
import { freshDatabase } from '@siaga/db/testing';
import { SiagaError } from '@siaga/schema';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshRegion, hazardInput, roadInput, square, testActor } from '../support/db_fixtures.ts';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database?.close());

describe('geometry write path', () => {
  it('refuses a self-intersecting bow-tie polygon in plain words and writes nothing', async () => {
    const { lon, lat, bbox } = freshRegion();
    const good = hazardInput('Good zone', [square(lon, lat, 0.01)]);
    const bowTie = hazardInput('Bow-tie', [
      [
        [lon, lat],
        [lon + 0.01, lat + 0.01],
        [lon + 0.01, lat],
        [lon, lat + 0.01],
        [lon, lat],
      ],
    ]);
    const error = await hazardZones.create(database.db, [good, bowTie], testActor).catch((e) => e);
    expect(error).toBeInstanceOf(SiagaError);
    expect(error.code).toBe('invalid_geometry');
    expect(error.message).toMatch(/edges of the shape cross each other near/);
    expect(error.details).toEqual([
      { path: 'features.1.geometry', message: expect.stringContaining('cross') },
    ]);
    expect(await hazardZones.list(database.db, { bbox })).toEqual([]);
  });

  it('repairs a ring with a zero-width spike (area unchanged) and stores a valid MultiPolygon', async () => {
    const { lon, lat } = freshRegion();
    const s = 0.01;
    const spiked = hazardInput('Spiked zone', [
      [
        [lon, lat],
        [lon + s, lat],
        [lon + s, lat + s / 2],
        [lon + 2 * s, lat + s / 2],
        [lon + s, lat + s / 2],
        [lon + s, lat + s],
        [lon, lat + s],
        [lon, lat],
      ],
    ]);
    const plain = hazardInput('Plain zone', [square(lon, lat, s)]);
    const [repaired, reference] = await hazardZones.create(database.db, [spiked, plain], testActor);
    expect(repaired?.geometry.type).toBe('MultiPolygon');
    expect(repaired?.properties.areaKm2).toBeCloseTo(reference?.properties.areaKm2 ?? 0, 6);
    const [stored] = await executeRows<{ valid: boolean; type: string }>(
      database.db,
      sql`SELECT ST_IsValid(geom) AS valid, GeometryType(geom) AS type FROM hazard_zones WHERE id = ${spiked.id}`,
    );
    expect(stored).toEqual({ valid: true, type: 'MULTIPOLYGON' });
  });

  it('accepts a ring with a duplicated vertex unchanged', async () => {
    const { lon, lat } = freshRegion();
    const ring = square(lon, lat, 0.01);
    ring.splice(2, 0, ring[1] as [number, number]);
    const [zone] = await hazardZones.create(
      database.db,
      [hazardInput('Duplicated vertex', [ring])],
      testActor,
    );
    expect(zone?.geometry.coordinates[0]?.[0]).toHaveLength(6);
  });

  it('refuses a repair that would change the area by 0.5 % or more', async () => {
    const { lon, lat } = freshRegion();
    // A square with a small bow-tie "knot" at one corner: the repair changes its area by a few per cent.
    const s = 0.01;
    const knot = hazardInput('Knotted', [
      [
        [lon, lat],
        [lon + s, lat],
        [lon + s, lat + s],
        [lon + 0.2 * s, lat + s],
        [lon - 0.2 * s, lat + 0.8 * s],
        [lon - 0.2 * s, lat + s],
        [lon, lat + 0.8 * s],
        [lon, lat],
      ],
    ]);
    const error = await hazardZones.create(database.db, [knot], testActor).catch((e) => e);
    expect(error).toBeInstanceOf(SiagaError);
    expect(error.code).toBe('invalid_geometry');
    expect(error.details[0].message).toMatch(/change its area by [\d.]+ %/);
  });

  it('refuses coordinates out of range in PostGIS when zod is bypassed', async () => {
    const { lon, lat } = freshRegion();
    const zone = hazardInput('Out of range', [square(lon, lat, 0.01)]);
    const error = await hazardZones
      .create(
        database.db,
        [{ ...zone, geometry: { type: 'Polygon', coordinates: [square(179.995, lat, 0.01)] } }],
        testActor,
      )
      .catch((e) => e);
    expect(error).toBeInstanceOf(SiagaError);
    expect(error.code).toBe('invalid_geometry');
    expect(error.details[0].message).toMatch(/longitude -180..180/);
  });

  it('refuses a geometry of the wrong type', async () => {
    const { lon, lat } = freshRegion();
    const road = roadInput(`test:wrong-type-${lon}`, [
      [lon, lat],
      [lon + 0.01, lat],
    ]);
    const error = await roads
      .create(
        database.db,
        [{ ...road, geometry: { type: 'Point', coordinates: [lon, lat] } as never }],
        testActor,
      )
      .catch((e) => e);
    expect(error.code).toBe('invalid_geometry');
    expect(error.details[0].message).toBe('expected a LineString, got POINT');
  });

  it('refuses a line that collapses to a point', async () => {
    const { lon, lat } = freshRegion();
    const road = roadInput(`test:collapsed-${lon}`, [
      [lon, lat],
      [lon, lat],
    ]);
    const error = await roads.create(database.db, [road], testActor).catch((e) => e);
    expect(error.code).toBe('invalid_geometry');
    expect(error.details[0].path).toBe('features.0.geometry');
  });
});
