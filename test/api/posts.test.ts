import { PostCollection } from '@siaga/api';
import { PostFeature } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { expectError, idOf } from './support/api_client.ts';
import { collection, point, postBody, unknownId } from './support/fixtures.ts';
import { useTestApp } from './support/test_app.ts';

const t = useTestApp();

describe('posts: happy paths', () => {
  it('creates one post, answers 201 with Location, and reads it back', async () => {
    const created = await t.api.post(
      '/api/posts',
      postBody({ name: 'Pos Induk Damkar', kind: 'fire_station' }),
    );
    expect(created.status).toBe(201);
    const post = PostFeature.parse(created.json);
    expect(post.properties).toMatchObject({
      name: 'Pos Induk Damkar',
      kind: 'fire_station',
      turnoutSeconds: 120,
    });
    expect(created.headers.get('location')).toBe(`/api/posts/${post.properties.id}`);
    const read = await t.api.get(`/api/posts/${post.properties.id}`);
    expect(read.status).toBe(200);
    expect(read.json).toEqual(created.json);
  });

  it('creates a FeatureCollection in one request and keeps a client-supplied id', async () => {
    const id = unknownId();
    const created = await t.api.post(
      '/api/posts',
      collection([{ ...postBody(), id }, postBody({ status: 'planned' }, point(1))]),
    );
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBeNull();
    const features = PostCollection.parse(created.json).features;
    expect(features).toHaveLength(2);
    expect(features[0]?.properties.id).toBe(id);
  });

  it('filters the list by bbox, status and kind', async () => {
    const far = [114.5, -8.3] as const;
    const inside = await t.api.post(
      '/api/posts',
      postBody({ kind: 'combined_post', status: 'proposed' }, { type: 'Point', coordinates: far }),
    );
    const bbox = `${far[0] - 0.001},${far[1] - 0.001},${far[0] + 0.001},${far[1] + 0.001}`;
    const ids = async (query: string) =>
      PostCollection.parse((await t.api.get(`/api/posts?${query}`)).json).features.map(
        (f) => f.properties.id,
      );
    expect(await ids(`bbox=${bbox}`)).toEqual([idOf(inside)]);
    expect(await ids(`bbox=${bbox}&status=proposed,closed`)).toEqual([idOf(inside)]);
    expect(await ids(`bbox=${bbox}&status=operational`)).toEqual([]);
    expect(await ids(`bbox=${bbox}&kind=combined_post&kind=fire_station`)).toEqual([idOf(inside)]);
    expect(await ids(`bbox=${bbox}&kind=volunteer_post`)).toEqual([]);
  });

  it('patches some properties and the location, leaving the rest', async () => {
    const id = idOf(await t.api.post('/api/posts', postBody({ staff: 4 })));
    const patched = await t.api.patch(`/api/posts/${id}`, {
      geometry: point(2),
      properties: { status: 'closed' },
    });
    expect(patched.status).toBe(200);
    const post = PostFeature.parse(patched.json);
    expect(post.properties).toMatchObject({ status: 'closed', staff: 4 });
    expect(post.geometry.coordinates[0]).toBeCloseTo(115.11, 6);
  });

  it('deletes a post: 204, then 404', async () => {
    const id = idOf(await t.api.post('/api/posts', postBody()));
    const removed = await t.api.delete(`/api/posts/${id}`);
    expect(removed.status).toBe(204);
    expect(removed.text).toBe('');
    expectError(await t.api.get(`/api/posts/${id}`), 404, 'not_found');
  });
});

describe('posts: errors', () => {
  it('answers 404 for an unknown id on read, change and removal', async () => {
    const id = unknownId();
    expectError(await t.api.get(`/api/posts/${id}`), 404, 'not_found');
    expectError(await t.api.patch(`/api/posts/${id}`, { properties: { staff: 1 } }), 404, 'not_found');
    expectError(await t.api.delete(`/api/posts/${id}`), 404, 'not_found');
  });

  it('answers 422 with the failing path for a malformed id, bbox or filter', async () => {
    const badId = expectError(await t.api.get('/api/posts/not-a-uuid'), 422, 'validation_failed');
    expect(badId.error.details[0]?.path).toBe('params.id');
    const badBbox = expectError(await t.api.get('/api/posts?bbox=115,-8,114,-9'), 422, 'validation_failed');
    expect(badBbox.error.details[0]?.path).toBe('query.bbox');
    expectError(await t.api.get('/api/posts?status=open'), 422, 'validation_failed');
  });

  it('refuses a duplicate id with 409', async () => {
    const id = unknownId();
    expect((await t.api.post('/api/posts', { ...postBody(), id })).status).toBe(201);
    expectError(await t.api.post('/api/posts', { ...postBody(), id }), 409, 'conflict');
  });

  it('writes nothing when one feature of a collection is invalid', async () => {
    const before = await t.api.get('/api/posts');
    const answer = await t.api.post('/api/posts', collection([postBody(), postBody({ kind: 'castle' })]));
    const envelope = expectError(answer, 422, 'validation_failed');
    expect(envelope.error.details[0]?.path).toBe('body.features.1.properties.kind');
    expect((await t.api.get('/api/posts')).json).toEqual(before.json);
  });

  it('writes none of a collection when the database refuses one feature', async () => {
    const before = await t.api.get('/api/posts');
    const id = unknownId();
    const answer = await t.api.post(
      '/api/posts',
      collection([
        { ...postBody(), id },
        { ...postBody(), id },
      ]),
    );
    expectError(answer, 409, 'conflict');
    expect((await t.api.get('/api/posts')).json).toEqual(before.json);
  });
});
