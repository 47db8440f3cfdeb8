import { posts } from '@siaga/db';
import { polygonProblems } from '@siaga/geo';
import { IsochroneCollection } from '@siaga/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectError } from './support/api_client.ts';
import { useTestApp } from './support/test_app.ts';

const t = useTestApp({ seeded: true });
let postId: string;

beforeAll(async () => {
  const [first] = await posts.list(t.database.db, { status: ['operational'] });
  postId = first?.properties.id ?? '';
});

const isochrones = async (body: Record<string, unknown>) => {
  const answer = await t.api.post('/api/routing/isochrones', body);
  expect(answer.status, answer.text).toBe(200);
  return IsochroneCollection.parse(answer.json);
};

describe('POST /api/routing/isochrones: happy paths', () => {
  it('answers nested MultiPolygons around a post, smallest first, with area and population', async () => {
    const r = await isochrones({ postId });
    expect(r.anchored).toBe(true);
    expect(r.features.map((f) => f.properties.breakMin)).toEqual([5, 10, 15]);
    for (let i = 1; i < r.features.length; i++) {
      expect(r.features[i]?.properties.areaKm2).toBeGreaterThanOrEqual(
        r.features[i - 1]?.properties.areaKm2 ?? 0,
      );
      expect(r.features[i]?.properties.population).toBeGreaterThanOrEqual(
        r.features[i - 1]?.properties.population ?? 0,
      );
    }
    expect(r.features[2]?.properties.areaKm2).toBeGreaterThan(0);
    for (const f of r.features) expect(polygonProblems(f.geometry.coordinates)).toEqual([]);
  });

  it('starts the clock at the call with includeTurnout, so the polygons shrink', async () => {
    const point = { type: 'Point', coordinates: [115.1045, -8.1248] };
    const drive = await isochrones({ point, breaksMin: [10] });
    const withTurnout = await isochrones({
      point,
      breaksMin: [10],
      turnoutSeconds: 300,
      includeTurnout: true,
    });
    expect(withTurnout.features[0]?.properties.areaKm2).toBeLessThan(
      drive.features[0]?.properties.areaKm2 ?? 0,
    );
  });

  it('never grows when a road is closed', async () => {
    const open = await isochrones({ postId, breaksMin: [10] });
    const closed = await isochrones({
      postId,
      breaksMin: [10],
      closures: [
        {
          type: 'Polygon',
          coordinates: [
            [
              [115.0, -8.2],
              [115.11, -8.2],
              [115.11, -8.05],
              [115.0, -8.05],
              [115.0, -8.2],
            ],
          ],
        },
      ],
    });
    expect(closed.features[0]?.properties.areaKm2).toBeLessThanOrEqual(
      open.features[0]?.properties.areaKm2 ?? 0,
    );
  });
});

describe('POST /api/routing/isochrones: errors', () => {
  it('refuses breaks out of range or not ascending', async () => {
    for (const breaksMin of [[5, 200], [10, 5], [5, 5], [0.5], []]) {
      const e = expectError(
        await t.api.post('/api/routing/isochrones', { postId, breaksMin }),
        422,
        'validation_failed',
      );
      expect(e.error.details[0]?.path).toMatch(/^body\.breaksMin/);
    }
  });

  it('needs exactly one of postId and point', async () => {
    const point = { type: 'Point', coordinates: [115.1045, -8.1248] };
    expectError(await t.api.post('/api/routing/isochrones', {}), 422, 'validation_failed');
    expectError(await t.api.post('/api/routing/isochrones', { postId, point }), 422, 'validation_failed');
  });

  it('answers 404 for an unknown post and 422 for a point outside the study area', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expectError(await t.api.post('/api/routing/isochrones', { postId: unknown }), 404, 'not_found');
    const java = { type: 'Point', coordinates: [114.3, -8.2] };
    expectError(await t.api.post('/api/routing/isochrones', { point: java }), 422, 'out_of_study_area');
  });
});
