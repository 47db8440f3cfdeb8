import { randomUUID } from 'node:crypto';
import { type Database, posts } from '@siaga/db';
import { freshDatabase } from '@siaga/db/testing';
import { PostCreate, PostFeature } from '@siaga/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.close());

function post(name: string, lon: number, lat: number, extra: Record<string, unknown> = {}) {
  return PostCreate.parse({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { name, kind: 'fire_station', status: 'operational', ...extra },
  });
}

describe('posts', () => {
  it('round-trips a post with a client-supplied id', async () => {
    const id = randomUUID();
    const [created] = await posts.create(database.db, [
      {
        ...post('Pos Induk Damkar', 115.0901234567, -8.1123456789, { staff: 12, address: 'Jl. Dahlia' }),
        id,
      },
    ]);
    expect(created?.id).toBe(id);
    expect(PostFeature.parse(created)).toEqual(created);
    expect(created?.geometry.coordinates).toEqual([115.0901235, -8.1123457]);
    const got = await posts.get(database.db, id);
    expect(got).toEqual(created);
    expect(got?.properties).toMatchObject({
      name: 'Pos Induk Damkar',
      staff: 12,
      address: 'Jl. Dahlia',
      turnoutSeconds: 120,
    });
  });
});
