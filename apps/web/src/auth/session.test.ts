import { describe, expect, it } from 'vitest';
import { ApiClient } from '../api/api_client.ts';
import { createAppStore } from '../store/app_store.ts';
import { readOnlyGuest, signInRequired } from '../store/auth_slice.ts';
import { envelope, fakeFetch } from '../testing/fake_fetch.ts';
import { refreshSession, signIn, signOut } from './session.ts';

const made = { id: '7b0c3a52-1b8e-4f6e-9a57-0d1c2e3f4a5b', name: 'made', role: 'dispatcher' as const };

/** A server with one user (made / a-long-password) and the given anonymous-read setting. */
function server(anonymousRead: boolean) {
  let signedIn = false;
  return fakeFetch((r) => {
    switch (r.url) {
      case '/api/auth/me':
        return { body: { user: signedIn ? made : null, csrfToken: signedIn ? 'c' : null, anonymousRead } };
      case '/api/auth/sign-in': {
        const body = r.body as { name: string; password: string };
        if (body.name !== 'made' || body.password !== 'a-long-password') {
          return { status: 401, body: envelope('unauthorized', 'wrong name or password') };
        }
        signedIn = true;
        return { body: { user: made, csrfToken: 'c', expiresAt: '2026-11-30T08:00:00.000Z' } };
      }
      case '/api/auth/sign-out':
        signedIn = false;
        return { status: 204 };
      default:
        return { status: 404, body: envelope('not_found', 'no') };
    }
  });
}

describe('session', () => {
  it('shows the map read-only to guests when anonymous reading is on', async () => {
    const store = createAppStore();
    await refreshSession(store, new ApiClient(server(true).fetchFn));
    expect(readOnlyGuest(store.getState().auth)).toBe(true);
    expect(signInRequired(store.getState().auth)).toBe(false);
  });

  it('requires a sign-in when anonymous reading is off, and lifts it once signed in', async () => {
    const store = createAppStore();
    const api = new ApiClient(server(false).fetchFn);
    await refreshSession(store, api);
    expect(signInRequired(store.getState().auth)).toBe(true);
    await expect(signIn(store, api, 'made', 'wrong-password')).rejects.toMatchObject({
      problem: { kind: 'sign_in_needed' },
    });
    expect(signInRequired(store.getState().auth)).toBe(true);
    store.getState().setSignInOpen(true);
    await signIn(store, api, 'made', 'a-long-password');
    expect(store.getState().auth).toEqual({ status: 'known', user: made, anonymousRead: false });
    expect(store.getState().signInOpen).toBe(false);
    expect(signInRequired(store.getState().auth)).toBe(false);
  });

  it('signs out with the CSRF token and asks the server again', async () => {
    const store = createAppStore();
    const { fetchFn, seen } = server(true);
    const api = new ApiClient(fetchFn);
    await signIn(store, api, 'made', 'a-long-password');
    await signOut(store, api);
    const out = seen.find((r) => r.url === '/api/auth/sign-out');
    expect(out?.headers['x-csrf-token']).toBe('c');
    expect(store.getState().auth).toEqual({ status: 'known', user: null, anonymousRead: true });
  });

  it('leaves the state unknown when the server cannot be reached', async () => {
    const store = createAppStore();
    const api = new ApiClient(async () => {
      throw new TypeError('Failed to fetch');
    });
    await refreshSession(store, api);
    expect(store.getState().auth.status).toBe('unknown');
  });
});
