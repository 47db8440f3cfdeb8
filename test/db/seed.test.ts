import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { adminAreas, basemapFeatures, caches, type Database, loadSeedIfEmpty, posts, roads } from '@siaga/db';
import { freshDatabase } from '@siaga/db/testing';
import { SiagaError } from '@siaga/schema';
import { afterEach, describe, expect, it } from 'vitest';
import { testActor } from '../support/db_fixtures.ts';

const fixtures = join(import.meta.dirname, 'fixtures');
const repoData = join(import.meta.dirname, '..', '..', 'data');
const expectedSmall = {
  admin_areas: 3,
  posts: 1,
  caches: 1,
  cache_items: 2,
  hazard_zones: 1,
  incidents: 1,
  roads: 2,
  units: 1,
  basemap_features: 2,
};

let database: Database | undefined;
afterEach(async () => {
  await database?.close();
  database = undefined;
});

describe('loadSeedIfEmpty', () => {
  it('loads every file once and does nothing the second time', async () => {
    database = await freshDatabase();
    const messages: string[] = [];
    const first = await loadSeedIfEmpty(database, {
      dir: join(fixtures, 'seed_small'),
      log: (m) => messages.push(m),
    });
    expect(first).toEqual({ loaded: true, counts: expectedSmall });
    const second = await loadSeedIfEmpty(database, {
      dir: join(fixtures, 'seed_small'),
      log: (m) => messages.push(m),
    });
    expect(second).toEqual({ loaded: false, counts: expectedSmall });
    expect(messages.at(-1)).toMatch(/already loaded/);

    const cache = await caches.get(database.db, '22222222-2222-4222-8222-222222222222');
    expect(cache?.properties.postId).toBe('11111111-1111-4111-8111-111111111111');
    expect(cache?.properties.items.map((i) => i.itemType)).toEqual(['chainsaw', 'hand_tools']);
    const [desaRoad] = await roads.list(database.db, { bbox: [115.241, -8.159, 115.243, -8.157] });
    expect(desaRoad?.properties).toMatchObject({
      sourceId: 'seed:test-desa',
      roadClass: 'residential',
      oneway: 'forward',
    });
    expect((await adminAreas.get(database.db, '51.08.08.2013'))?.properties.parentCode).toBe('51.08.08');
  });

  it('leaves a database that already holds data alone', async () => {
    database = await freshDatabase();
    await posts.create(
      database.db,
      [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [115, -8.1] },
          properties: {
            name: 'Pos pengguna',
            kind: 'volunteer_post',
            status: 'operational',
            address: null,
            desaCode: null,
            staff: 0,
            vehicles: 0,
            turnoutSeconds: 120,
            locationApprox: false,
            source: null,
            notes: null,
          },
        },
      ],
      testActor,
    );
    const result = await loadSeedIfEmpty(database, { dir: join(fixtures, 'seed_small') });
    expect(result.loaded).toBe(false);
    expect(result.counts.posts).toBe(1);
    expect(result.counts.admin_areas).toBe(0);
  });

  it('names the file and feature index of an invalid feature and writes nothing', async () => {
    database = await freshDatabase();
    const error = await loadSeedIfEmpty(database, { dir: join(fixtures, 'seed_bad_post') }).catch((e) => e);
    expect(error).toBeInstanceOf(SiagaError);
    expect(error.message).toMatch(/^Seed file posts\.geojson feature 1: /);
    expect(error.details[0].path).toBe('posts.geojson.features.1.properties.kind');
    expect(await adminAreas.list(database.db, { withGeometry: false })).toEqual([]);
  });

  it('refuses a road the OSM conversion does not keep, naming it', async () => {
    database = await freshDatabase();
    const error = await loadSeedIfEmpty(database, { dir: join(fixtures, 'seed_bad_road') }).catch((e) => e);
    expect(error).toBeInstanceOf(SiagaError);
    expect(error.message).toBe('Seed file roads.geojson feature 1: not a drivable road (highway=footway)');
    expect(await roads.count(database.db)).toBe(0);
  });

  it('refuses a desa point whose code names no desa, and writes nothing', async () => {
    database = await freshDatabase();
    const dir = join(fixtures, 'seed_bad_desa_point');
    const error = await loadSeedIfEmpty(database, { dir }).catch((e) => e);
    expect(error).toBeInstanceOf(SiagaError);
    expect(error.message).toBe(
      'Seed file desa_points.geojson feature 1: no desa with code 51.08.08.2099 in admin_areas.geojson',
    );
    expect(error.details[0].path).toBe('desa_points.geojson.features.1.properties.code');
    expect(await adminAreas.list(database.db, { withGeometry: false })).toEqual([]);
  });

  it.skipIf(!existsSync(join(repoData, 'admin_areas.geojson')))('loads the demo seed in data/', async () => {
    database = await freshDatabase();
    const { loaded, counts } = await loadSeedIfEmpty(database, { dir: repoData });
    expect(loaded).toBe(true);
    const levels = await adminAreas.list(database.db, { withGeometry: false });
    const count = (level: string) => levels.filter((a) => a.properties.level === level).length;
    expect([count('kabupaten'), count('kecamatan'), count('desa')]).toEqual([1, 9, 148]);
    expect(counts.admin_areas).toBe(158);
    const points = JSON.parse(readFileSync(join(repoData, 'desa_points.geojson'), 'utf8')) as {
      features: { geometry: { coordinates: number[] }; properties: { code: string } }[];
    };
    const given = new Map(points.features.map((p) => [p.properties.code, p.geometry.coordinates]));
    for (const area of levels) {
      const expected = given.get(area.properties.code);
      const stored = area.properties.labelPoint?.coordinates;
      if (area.properties.level === 'desa')
        expect([area.properties.code, stored]).toEqual([area.properties.code, expected]);
      else expect(stored).toHaveLength(2);
    }
    for (const table of ['posts', 'caches', 'cache_items', 'hazard_zones', 'roads'] as const) {
      expect(counts[table]).toBeGreaterThan(0);
    }
    const basemap = JSON.parse(readFileSync(join(repoData, 'basemap_features.geojson'), 'utf8')) as {
      features: unknown[];
    };
    expect(counts.basemap_features).toBe(basemap.features.length);
    const stored = await basemapFeatures.list(database.db);
    expect(stored.filter((f) => f.properties.kind === 'land')).toHaveLength(1);
    // Areas come first, so the map can draw lines over them in list order.
    expect(stored.findIndex((f) => f.geometry.type !== 'MultiPolygon')).toBe(
      stored.filter((f) => f.geometry.type === 'MultiPolygon').length,
    );
    expect((await loadSeedIfEmpty(database, { dir: repoData })).counts).toEqual(counts);
  });
});
