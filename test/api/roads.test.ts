import { RoadCollection } from '@siaga/api';
import { roads } from '@siaga/db';
import { RoadCreate } from '@siaga/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { testActor } from '../support/db_fixtures.ts';
import { expectError } from './support/api_client.ts';
import { useTestApp } from './support/test_app.ts';

const t = useTestApp();

/** Roads are read-only through the API: twelve short east-west segments, 0.01 degrees apart. */
beforeAll(async () => {
  const road = (i: number) =>
    RoadCreate.parse({
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [
          [114.6 + i * 0.01, -8.2],
          [114.605 + i * 0.01, -8.2],
        ],
      },
      properties: { roadClass: 'residential', sourceId: `test:road-${i}` },
    });
  await roads.create(
    t.database.db,
    Array.from({ length: 12 }, (_, i) => road(i)),
    testActor,
  );
});

const sourceIds = async (query: string) =>
  RoadCollection.parse((await t.api.get(`/api/roads?${query}`)).json).features.map(
    (f) => f.properties.sourceId,
  );

describe('GET /api/roads', () => {
  it('answers all roads with their length', async () => {
    const answer = RoadCollection.parse((await t.api.get('/api/roads')).json);
    expect(answer.features).toHaveLength(12);
    // 0.005 degrees of longitude at 8.2 deg S is about 551 m.
    expect(answer.features[0]?.properties.lengthM).toBeGreaterThan(540);
    expect(answer.features[0]?.properties.lengthM).toBeLessThan(560);
  });

  it('pages with limit and offset without overlap', async () => {
    const first = await sourceIds('limit=5');
    const second = await sourceIds('limit=5&offset=5');
    const third = await sourceIds('limit=5&offset=10');
    expect(first).toHaveLength(5);
    expect(third).toHaveLength(2);
    expect(new Set([...first, ...second, ...third]).size).toBe(12);
  });

  it('keeps roads that cross the bbox', async () => {
    expect(await sourceIds('bbox=114.603,-8.21,114.604,-8.19')).toEqual(['test:road-0']);
  });

  it('refuses a limit outside 1..50000 and a negative offset', async () => {
    expectError(await t.api.get('/api/roads?limit=0'), 422, 'validation_failed');
    expectError(await t.api.get('/api/roads?limit=50001'), 422, 'validation_failed');
    expectError(await t.api.get('/api/roads?offset=-1'), 422, 'validation_failed');
  });
});
