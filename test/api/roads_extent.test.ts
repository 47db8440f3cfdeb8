import { roads, systemActor } from '@siaga/db';
import { NetworkInfo, RoadCollection, RoadCreate } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { storedStudyArea } from '../../apps/web/src/study_area/stored_study_area.ts';
import { expectError } from './support/api_client.ts';
import { postBody } from './support/fixtures.ts';
import { useTestApp } from './support/test_app.ts';

/**
 * With roads but no kabupaten, the web app's study area comes from the API's network summary (`/api/network`
 * bbox), the box the API itself holds geometries to, without downloading the roads.
 */
describe("the roads' extent from /api/network", () => {
  const t = useTestApp();

  it('holds the same points as the API while only roads are stored', async () => {
    const lines = [
      [
        [30.05, -1.95],
        [30.08, -1.95],
      ],
      [
        [30.08, -1.95],
        [30.08, -1.92],
      ],
    ];
    await roads.create(
      t.database.db,
      lines.map((coordinates, i) =>
        RoadCreate.parse({
          type: 'Feature',
          geometry: { type: 'LineString', coordinates },
          properties: { roadClass: 'primary', sourceId: `test:extent-${i}` },
        }),
      ),
      systemActor('import'),
    );
    const network = NetworkInfo.parse((await t.api.get('/api/network')).json);
    expect(network.bbox).toEqual([30.05, -1.95, 30.08, -1.92]);
    const listed = RoadCollection.parse((await t.api.get('/api/roads')).json);
    expect(listed.features).toHaveLength(2);

    const area = storedStudyArea([], network.bbox);
    const inside = [30.06, -1.93];
    const outside = [30.2, -1.93];
    expect(area?.contains(inside)).toBe(true);
    expect(area?.contains(outside)).toBe(false);
    const ok = await t.api.post('/api/posts', postBody({}, { type: 'Point', coordinates: inside }));
    expect(ok.status, ok.text).toBe(201);
    expectError(
      await t.api.post('/api/posts', postBody({}, { type: 'Point', coordinates: outside })),
      422,
      'out_of_study_area',
    );
  });
});
