import { caches, type Database, posts, runImport, systemActor } from '@siaga/db';
import { seededDatabase } from '@siaga/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const actor = systemActor('import');
const bytes = (text: string) => new TextEncoder().encode(text);

describe('import posts and caches', () => {
  let database: Database;
  beforeAll(async () => {
    database = await seededDatabase();
  });
  afterAll(() => database?.close());

  it('takes a CSV of posts in Bahasa Indonesia (decimal commas, codes as numbers) and refuses what it cannot', async () => {
    const before = (await posts.list(database.db, {})).length;
    const text = [
      'nama;jenis;status;bujur;lintang;kode_desa;personel',
      'Pos Damkar Baru;Damkar;aktif;115,10;-8,12;5108062002;12',
      'Pos Relawan Sawan;relawan;;115.17;-8.13;;4',
      'Pos Denpasar;bpbd;aktif;115.22;-8.66;;3',
      'Pos Tanpa Jenis;;aktif;115.2;-8.15;;3',
      'Pos Damkar Baru;damkar;aktif;115.1;-8.12;;3',
    ].join('\n');
    const report = await runImport(database.db, 'posts', bytes(text), 'pos.csv', { actor });
    expect(report.written).toBe(false);
    expect(report.refused.map((n) => n.row)).toEqual([4, 5, 6]);
    expect(report.refused.map((n) => n.message).join('\n')).toMatch(
      /outside the study area: more than 2 km from the stored kabupaten[\s\S]*kind[\s\S]*also row 2/,
    );
    expect((await posts.list(database.db, {})).length).toBe(before);
    const taken = await runImport(database.db, 'posts', bytes(text), 'pos.csv', { actor, skipInvalid: true });
    expect(taken).toMatchObject({ written: true, taken: 2 });
    expect(taken.repaired.map((n) => n.message)).toEqual(
      expect.arrayContaining(['decimal comma in "115,10"', 'no status: taken as operational']),
    );
    const all = await posts.list(database.db, {});
    const made = all.find((p) => p.properties.name === 'Pos Damkar Baru');
    expect(made?.properties).toMatchObject({
      kind: 'fire_station',
      status: 'operational',
      desaCode: '51.08.06.2002',
      staff: 12,
    });
    const again = await runImport(database.db, 'posts', bytes(text), 'pos.csv', { actor, dryRun: true });
    expect(again.refused.find((n) => n.row === 2)?.message).toMatch(/already exists/);
  });

  it('takes caches with their stock (one column per item) and their post by name', async () => {
    const post = (await posts.list(database.db, {}))[0];
    const text = [
      'nama,pos,bujur,lintang,perahu_karet,pelampung,tenda',
      `Gudang Uji,${post?.properties.name},115.11,-8.13,2,"1.200",0`,
      'Gudang Tanpa Pos,Pos Tidak Ada,115.12,-8.13,1,0,0',
    ].join('\n');
    const report = await runImport(database.db, 'caches', bytes(text), 'gudang.csv', {
      actor,
      skipInvalid: true,
    });
    expect(report).toMatchObject({ written: true, taken: 1 });
    expect(report.refused).toEqual([{ row: 3, message: 'no post named "Pos Tidak Ada"' }]);
    const cache = (await caches.list(database.db, {})).find((c) => c.properties.name === 'Gudang Uji');
    expect(cache?.properties.postId).toBe(post?.id);
    expect(cache?.properties.items.map((i) => [i.itemType, i.quantity]).sort()).toEqual([
      ['life_jacket', 1200],
      ['rubber_boat', 2],
    ]);
  });

  it('takes posts from GeoJSON in UTM zone 50S declared by its crs member', async () => {
    const file = {
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::32750' } },
      features: [
        {
          type: 'Feature',
          properties: { NAMA: 'Pos UTM', JENIS: 'fire_station', STATUS: 'planned' },
          geometry: { type: 'Point', coordinates: [296_198, 9_093_122] },
        },
      ],
    };
    const report = await runImport(database.db, 'posts', bytes(JSON.stringify(file)), 'pos.geojson', {
      actor,
    });
    expect(report).toMatchObject({ format: 'geojson', written: true, taken: 1, refused: [] });
    expect(report.notes[0]).toMatch(/Reprojected from EPSG:32750/);
    const post = (await posts.list(database.db, {})).find((p) => p.properties.name === 'Pos UTM');
    expect(post?.geometry.coordinates[0]).toBeCloseTo(115.15, 4);
    expect(post?.geometry.coordinates[1]).toBeCloseTo(-8.2, 4);
  });
});
