import { NearestCollection } from '@siaga/api';
import { describe, expect, it } from 'vitest';
import { expectError, idOf } from './support/api_client.ts';
import { cacheBody, itemBody, postBody } from './support/fixtures.ts';
import { useTestApp } from './support/test_app.ts';

const t = useTestApp();

/** Points due east of an origin in the far west of Buleleng, 0.01 degrees (about 1.1 km) apart. */
const origin = [114.45, -8.15] as const;
const east = (steps: number) => ({ type: 'Point', coordinates: [origin[0] + steps * 0.01, origin[1]] });

describe('GET /api/nearest', () => {
  it('answers the k nearest posts, nearest first, with distance and rank', async () => {
    const far = idOf(await t.api.post('/api/posts', postBody({}, east(3))));
    const near = idOf(await t.api.post('/api/posts', postBody({}, east(1))));
    const middle = idOf(await t.api.post('/api/posts', postBody({ status: 'planned' }, east(2))));
    const answer = await t.api.get(`/api/nearest?lon=${origin[0]}&lat=${origin[1]}&k=3&layer=posts`);
    expect(answer.status, answer.text).toBe(200);
    const { features } = NearestCollection.parse(answer.json);
    expect(features.map((f) => f.properties.id)).toEqual([near, middle, far]);
    expect(features.map((f) => f.properties.rank)).toEqual([1, 2, 3]);
    // 0.01 degrees of longitude at 8.15 deg S is about 1,102 m.
    expect(features[0]?.properties.distanceM).toBeGreaterThan(1_090);
    expect(features[0]?.properties.distanceM).toBeLessThan(1_115);
    expect(features[0]?.properties).toMatchObject({ kind: 'bpbd_post', status: 'operational' });
  });

  it('keeps only the posts with the given statuses', async () => {
    const planned = idOf(await t.api.post('/api/posts', postBody({ status: 'planned' }, east(-40))));
    const query = `lon=${origin[0] - 0.4}&lat=${origin[1]}&k=1&layer=posts&status=planned`;
    const { features } = NearestCollection.parse((await t.api.get(`/api/nearest?${query}`)).json);
    expect(features.map((f) => f.properties.id)).toEqual([planned]);
  });

  it('answers caches with their items', async () => {
    const id = idOf(await t.api.post('/api/caches', cacheBody({ items: [itemBody()] }, east(-60))));
    const query = `lon=${origin[0] - 0.6}&lat=${origin[1]}&k=1&layer=caches`;
    const { features } = NearestCollection.parse((await t.api.get(`/api/nearest?${query}`)).json);
    expect(features[0]?.properties).toMatchObject({ id, rank: 1, items: [{ itemType: 'chainsaw' }] });
    expect(features[0]?.properties.distanceM).toBeLessThan(1);
  });

  it('refuses k outside 1..50, a missing layer and a latitude out of range', async () => {
    const base = `lon=${origin[0]}&lat=${origin[1]}`;
    expectError(await t.api.get(`/api/nearest?${base}&k=0&layer=posts`), 422, 'validation_failed');
    expectError(await t.api.get(`/api/nearest?${base}&k=51&layer=posts`), 422, 'validation_failed');
    expectError(await t.api.get(`/api/nearest?${base}`), 422, 'validation_failed');
    const badLat = expectError(
      await t.api.get(`/api/nearest?lon=115&lat=-91&layer=posts`),
      422,
      'validation_failed',
    );
    expect(badLat.error.details[0]?.path).toBe('query.lat');
  });
});
