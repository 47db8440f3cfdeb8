import { MeAnswer } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { envelope, fakeFetch, type Reply, type SeenRequest } from '../testing/fake_fetch.ts';
import { ApiClient } from './api_client.ts';
import { ApiError, type ApiProblem } from './api_error.ts';

const user = { id: '7b0c3a52-1b8e-4f6e-9a57-0d1c2e3f4a5b', name: 'made', role: 'planner' as const };
const me = (csrfToken: string | null): Reply => ({
  body: { user: csrfToken ? user : null, csrfToken, anonymousRead: true },
});

async function problemOf(p: Promise<unknown>): Promise<ApiProblem & { code: string | null }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiError) return { ...e.problem, code: e.code };
    throw e;
  }
  throw new Error('expected the call to fail');
}

describe('ApiClient writes', () => {
  it('asks /api/auth/me for the CSRF token once, then sends it and If-Match with every edit', async () => {
    const { fetchFn, seen } = fakeFetch((r) =>
      r.url === '/api/auth/me' ? me('tok-1') : { body: { ok: true }, headers: { etag: '"4"' } },
    );
    const api = new ApiClient(fetchFn);
    const first = await api.write('PATCH', '/api/posts/p1', { body: { staff: 6 }, ifMatch: 3 });
    await api.write('DELETE', '/api/posts/p2', { ifMatch: '*' });
    expect(seen.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /api/auth/me',
      'PATCH /api/posts/p1',
      'DELETE /api/posts/p2',
    ]);
    const [, patch, del] = seen as [SeenRequest, SeenRequest, SeenRequest];
    expect(patch.headers).toMatchObject({
      'x-csrf-token': 'tok-1',
      'if-match': '"3"',
      'content-type': 'application/json',
    });
    expect(patch.body).toEqual({ staff: 6 });
    expect(del.headers['if-match']).toBe('*');
    expect(del.headers['content-type']).toBeUndefined();
    expect(first.version).toBe(4);
  });

  it('takes the token from sign-in, and renews it once when the server refuses it', async () => {
    const token = 'fresh';
    let accepted = 'fresh';
    const { fetchFn, seen } = fakeFetch((r) => {
      if (r.url === '/api/auth/sign-in') {
        return { body: { user, csrfToken: 'stale', expiresAt: '2026-11-30T08:00:00.000Z' } };
      }
      if (r.url === '/api/auth/me') return me(token);
      return r.headers['x-csrf-token'] === accepted
        ? { status: 201, body: {} }
        : { status: 403, body: envelope('csrf_failed', 'bad token') };
    });
    const api = new ApiClient(fetchFn);
    await api.signIn('made', 'correct horse battery');
    expect(seen[0]?.headers['x-csrf-token']).toBeUndefined();
    await api.write('POST', '/api/posts', { body: { name: 'x' } });
    expect(seen.map((r) => r.headers['x-csrf-token'] ?? null)).toEqual([null, 'stale', null, 'fresh']);
    // A token the server keeps refusing is tried twice, not forever.
    accepted = 'none';
    const before = seen.length;
    const p = await problemOf(api.write('POST', '/api/posts', { body: {} }));
    expect(p).toMatchObject({ kind: 'forbidden', code: 'csrf_failed' });
    expect(seen.slice(before).map((r) => r.url)).toEqual(['/api/posts', '/api/auth/me', '/api/posts']);
  });

  it('turns refusals into typed problems', async () => {
    const replies: Record<string, Reply> = {
      '/a': { status: 401, body: envelope('unauthorized', 'sign in') },
      '/b': { status: 403, body: envelope('forbidden', 'planner only') },
      '/c': {
        status: 412,
        body: envelope('precondition_failed', 'changed', [{ path: 'version', message: '9' }]),
        headers: { etag: '"9"' },
      },
      '/d': {
        status: 412,
        body: envelope('precondition_failed', 'changed', [{ path: 'body.version', message: '5' }]),
      },
      '/e': { status: 429, body: envelope('rate_limited', 'slow down'), headers: { 'retry-after': '600' } },
      '/f': { status: 422, body: envelope('validation_failed', 'staff: too big') },
      '/g': { status: 502, body: '<html>' },
    };
    const { fetchFn } = fakeFetch((r) => (r.url === '/api/auth/me' ? me('t') : (replies[r.url] ?? {})));
    const api = new ApiClient(fetchFn);
    const write = (url: string) => problemOf(api.write('PATCH', url, { body: {}, ifMatch: 1 }));
    expect(await write('/a')).toMatchObject({ kind: 'sign_in_needed' });
    expect(await write('/b')).toMatchObject({ kind: 'forbidden', code: 'forbidden' });
    expect(await write('/c')).toMatchObject({ kind: 'conflict', currentVersion: 9 });
    expect(await write('/d')).toMatchObject({ kind: 'conflict', currentVersion: 5 });
    expect(await write('/e')).toMatchObject({ kind: 'rate_limited', retryAfterS: 600 });
    expect(await write('/f')).toMatchObject({ kind: 'refused', code: 'validation_failed' });
    expect(await write('/g')).toMatchObject({ kind: 'refused', code: null });
  });
});

describe('ApiClient reads', () => {
  it('validates the answer with the shared schema and keeps the ETag version', async () => {
    const { fetchFn } = fakeFetch((r) =>
      r.url === '/ok' ? { ...me('t'), headers: { etag: 'W/"12"' } } : { body: { user: 'nobody' } },
    );
    const api = new ApiClient(fetchFn);
    const ok = await api.read('/ok', MeAnswer);
    expect(ok).toEqual({ value: { user, csrfToken: 't', anonymousRead: true }, version: 12 });
    expect(await problemOf(api.read('/bad', MeAnswer))).toMatchObject({ kind: 'invalid_response' });
  });

  it('reports a server that does not answer as unreachable', async () => {
    const api = new ApiClient(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await problemOf(api.me())).toMatchObject({ kind: 'unreachable' });
  });
});
