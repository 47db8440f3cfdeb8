import { createApp } from '@siaga/api';
import { type LiveChange, LiveChange as LiveChangeSchema } from '@siaga/schema';
import { Hono } from 'hono';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type ChangeFeed,
  type ChangeSubscriber,
  createChangeFeed,
} from '../../apps/api/src/live/change_feed.ts';
import { streamChanges } from '../../apps/api/src/live/change_stream.ts';
import { type SseReader, sseReader } from '../support/sse_reader.ts';
import { expectError, idOf } from './support/api_client.ts';
import { postBody } from './support/fixtures.ts';
import { useTestApp } from './support/test_app.ts';

const t = useTestApp({ as: 'admin' });
const readers: SseReader[] = [];
afterAll(async () => {
  await Promise.all(readers.map((r) => r.close()));
});

const stream = { accept: 'text/event-stream' };

async function open(headers: Record<string, string>, app = t.app): Promise<SseReader> {
  const res = await app.request('/api/events', { headers: { ...stream, ...headers } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/event-stream');
  const reader = sseReader(res);
  readers.push(reader);
  await reader.next((e) => e.comment === 'connected');
  return reader;
}

const changeOf = (data: string): LiveChange => LiveChangeSchema.parse(JSON.parse(data));

describe('GET /api/events', () => {
  it('sends each committed change of a post to every open stream, in order', async () => {
    const viewer = await t.newUser('viewer');
    const first = await open({ authorization: `Bearer ${viewer.token}` });
    const second = await open({ authorization: `Bearer ${viewer.token}` });
    const created = await t.api.post('/api/posts', postBody());
    expect(created.status).toBe(201);
    const id = idOf(created);
    const patched = await t.api.patch(`/api/posts/${id}`, { properties: { staff: 7 } });
    expect(patched.status, patched.text).toBe(200);
    for (const reader of [first, second]) {
      const create = changeOf((await reader.next((e) => e.event === 'change')).data);
      expect(create).toMatchObject({ entity: 'post', entityId: id, action: 'create', version: 1 });
      const update = changeOf((await reader.next((e) => e.event === 'change')).data);
      expect(update).toMatchObject({ entity: 'post', entityId: id, action: 'update', version: 2 });
    }
  });

  it('refuses a request that does not accept an event stream (400), and anonymous clients (401)', async () => {
    expectError(await t.api.get('/api/events'), 400, 'bad_request');
    const anonymous = await t.app.request('/api/events', { headers: stream });
    expect(anonymous.status).toBe(401);
  });

  it('forgets a client that leaves, and ends every stream when the feed closes', async () => {
    const changes = createChangeFeed(t.database);
    const app = createApp({ database: t.database, changes, log: (m) => t.logged.push(m) });
    const viewer = await t.newUser('viewer');
    const auth = { authorization: `Bearer ${viewer.token}` };
    const leaving = await open(auth, app);
    const staying = await open(auth, app);
    expect(changes.size()).toBe(2);
    await leaving.close();
    await expect.poll(() => changes.size()).toBe(1);
    await changes.close();
    expect(changes.size()).toBe(0);
    await staying.ended;
  });

  it('ends a signed-in stream at the first ping after its token is revoked', async () => {
    const changes = createChangeFeed(t.database, { pingMs: 100 });
    const app = createApp({ database: t.database, changes, log: (m) => t.logged.push(m) });
    const viewer = await t.newUser('viewer');
    const reader = await open({ authorization: `Bearer ${viewer.token}` }, app);
    await reader.next((e) => e.comment === 'ping', 1_000);
    const tokens = (await t.api.get(`/api/users/${viewer.user.id}/tokens`)).json as {
      tokens: { id: string }[];
    };
    for (const token of tokens.tokens) {
      expect((await t.api.delete(`/api/users/${viewer.user.id}/tokens/${token.id}`)).status).toBe(204);
    }
    await reader.ended;
    expect(changes.size()).toBe(0);
    await changes.close();
  });

  it('lets go of a client that stops reading, instead of queueing its events without bound', async () => {
    let subscriber: ChangeSubscriber | undefined;
    let left = false;
    const feed: ChangeFeed = {
      pingMs: 60_000,
      ready: async () => {},
      subscribe: (s) => {
        subscriber = s;
        return () => {
          left = true;
        };
      },
      size: () => (subscriber ? 1 : 0),
      close: async () => {},
    };
    const app = new Hono().get('/events', (c) => streamChanges(c, feed));
    const res = await app.request('/events');
    await expect.poll(() => subscriber).toBeDefined();
    const change: LiveChange = {
      entity: 'post',
      entityId: 'p',
      action: 'update',
      version: 1,
      incidentId: null,
      count: 1,
      at: new Date().toISOString(),
    };
    for (let i = 0; i < 1_100; i++) subscriber?.change(change);
    await expect.poll(() => left).toBe(true);
    await res.body?.cancel();
  });

  it('sends a ping comment while nothing changes', async () => {
    const changes = createChangeFeed(t.database, { pingMs: 50 });
    const app = new Hono().get('/events', (c) => streamChanges(c, changes));
    const reader = sseReader(await app.request('/events'));
    readers.push(reader);
    await reader.next((e) => e.comment === 'ping', 1_000);
    await reader.next((e) => e.comment === 'ping', 1_000);
    await changes.close();
  });
});
