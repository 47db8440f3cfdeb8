import { describe, expect, it } from 'vitest';
import { expectError, idOf } from './support/api_client.ts';
import { cacheBody, hazardZoneBody, incidentBody, itemBody, postBody } from './support/fixtures.ts';
import { useTestApp } from './support/test_app.ts';

const t = useTestApp();

const resources = [
  { path: '/api/posts', body: () => postBody(), patch: { properties: { notes: 'diubah' } } },
  { path: '/api/caches', body: () => cacheBody(), patch: { properties: { notes: 'diubah' } } },
  { path: '/api/hazard-zones', body: () => hazardZoneBody(), patch: { properties: { notes: 'diubah' } } },
  { path: '/api/incidents', body: () => incidentBody(), patch: { properties: { notes: 'diubah' } } },
];

describe.each(resources)('$path/{id} versions', ({ path, body, patch }) => {
  it('answers GET with the ETag of version 1, and PATCH with If-Match of it bumps the version', async () => {
    const url = `${path}/${idOf(await t.api.post(path, body()))}`;
    const got = await t.api.get(url);
    expect(got.headers.get('etag')).toBe('"1"');
    expect((got.json as { properties: { version: number } }).properties.version).toBe(1);
    const changed = await t.api.call('PATCH', url, patch, { 'if-match': '"1"' });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.headers.get('etag')).toBe('"2"');
    expect((await t.api.get(url)).headers.get('etag')).toBe('"2"');
  });

  it('refuses PATCH and DELETE on a stale version with 412, the current version and its ETag, and changes nothing', async () => {
    const url = `${path}/${idOf(await t.api.post(path, body()))}`;
    await t.api.patch(url, patch);
    const before = (await t.api.get(url)).json;
    for (const method of ['PATCH', 'DELETE']) {
      const stale = await t.api.call(method, url, method === 'PATCH' ? patch : undefined, {
        'if-match': '"1"',
      });
      const envelope = expectError(stale, 412, 'precondition_failed');
      expect(envelope.error.details).toContainEqual({ path: 'version', message: '2' });
      expect(stale.headers.get('etag')).toBe('"2"');
    }
    expect((await t.api.get(url)).json).toEqual(before);
    expect((await t.api.call('DELETE', url, undefined, { 'if-match': '"2"' })).status).toBe(204);
  });

  it('writes without If-Match or with *, and refuses a weak or malformed ETag', async () => {
    const url = `${path}/${idOf(await t.api.post(path, body()))}`;
    expect((await t.api.patch(url, patch)).status).toBe(200);
    expect((await t.api.call('PATCH', url, patch, { 'if-match': '*' })).status).toBe(200);
    expectError(await t.api.call('PATCH', url, patch, { 'if-match': 'W/"3"' }), 412, 'precondition_failed');
  });

  it('refuses a version in a create or patch body', async () => {
    const created = body();
    expectError(
      await t.api.post(path, { ...created, properties: { ...created.properties, version: 5 } }),
      422,
      'validation_failed',
    );
    const url = `${path}/${idOf(await t.api.post(path, body()))}`;
    expectError(await t.api.patch(url, { properties: { version: 5 } }), 422, 'validation_failed');
  });
});

describe('cache items versions', () => {
  it('answer GET with an ETag and refuse a stale If-Match with 412', async () => {
    const cacheId = idOf(await t.api.post('/api/caches', cacheBody()));
    const item = (await t.api.post(`/api/caches/${cacheId}/items`, itemBody())).json as { id: string };
    const url = `/api/caches/${cacheId}/items/${item.id}`;
    expect((await t.api.get(url)).headers.get('etag')).toBe('"1"');
    expect(
      (await t.api.call('PATCH', url, { quantityAvailable: 1 }, { 'if-match': '"1"' })).headers.get('etag'),
    ).toBe('"2"');
    const stale = await t.api.call('DELETE', url, undefined, { 'if-match': '"1"' });
    expectError(stale, 412, 'precondition_failed');
    expect(stale.headers.get('etag')).toBe('"2"');
  });
});
