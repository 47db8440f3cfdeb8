import { describe, expect, it } from 'vitest';
import { expectError } from './support/api_client.ts';
import { useTestApp } from './support/test_app.ts';

const t = useTestApp({ as: null });

let address = 0;
/** Each call comes from its own address unless one is given, so only the test of the limit meets it. */
function signIn(body: unknown, from = `10.1.0.${++address}`) {
  return t.app.request(
    '/api/auth/sign-in',
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
    { incoming: { socket: { remoteAddress: from } } },
  );
}

const answerOf = async (res: Response) => {
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: text === '' ? undefined : JSON.parse(text) };
};

describe('POST /api/auth/sign-in', () => {
  it('sets an HttpOnly SameSite=Strict session cookie and answers the user and CSRF token', async () => {
    const { user, password } = await t.newUser('planner');
    const res = await signIn({ name: user.name, password });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^siaga_session=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Secure');
    const body = (await res.json()) as { user: unknown; csrfToken: string; expiresAt: string };
    expect(body.user).toEqual(user);
    expect(body.csrfToken.length).toBeGreaterThanOrEqual(40);
    const hours = (Date.parse(body.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(11.9);
    expect(hours).toBeLessThanOrEqual(12);
  });

  it('answers the same 401 for an unknown name and a wrong password', async () => {
    const { user } = await t.newUser('viewer');
    const unknown = expectError(
      await answerOf(await signIn({ name: 'nobody-here', password: 'x'.repeat(12) })),
      401,
      'unauthorized',
    );
    const wrong = expectError(
      await answerOf(await signIn({ name: user.name, password: 'x'.repeat(12) })),
      401,
      'unauthorized',
    );
    expect(wrong.error.message).toBe(unknown.error.message);
  });

  it('refuses a disabled user', async () => {
    const admin = await t.newUser('admin');
    const { user, password } = await t.newUser('viewer');
    expect((await admin.api.patch(`/api/users/${user.id}`, { disabled: true })).status).toBe(200);
    expectError(await answerOf(await signIn({ name: user.name, password })), 401, 'unauthorized');
  });

  it('allows 10 attempts per name in 15 minutes, then answers 429 with Retry-After, even with the right password', async () => {
    const { user, password } = await t.newUser('viewer');
    for (let i = 0; i < 10; i += 1) {
      expect((await signIn({ name: user.name, password: `wrong-${i}-password` })).status).toBe(401);
    }
    const limited = await answerOf(await signIn({ name: user.name, password }));
    expectError(limited, 429, 'rate_limited');
    const retry = Number(limited.headers.get('retry-after'));
    expect(retry).toBeGreaterThan(800);
    expect(retry).toBeLessThanOrEqual(900);
  });

  it('limits one address trying many names', async () => {
    const from = '10.2.0.1';
    for (let i = 0; i < 10; i += 1) {
      expect((await signIn({ name: `guess-${i}`, password: 'x'.repeat(12) }, from)).status).toBe(401);
    }
    const { user, password } = await t.newUser('viewer');
    expectError(await answerOf(await signIn({ name: user.name, password }, from)), 429, 'rate_limited');
    expect((await signIn({ name: user.name, password })).status).toBe(200);
  });
});

describe('GET /api/auth/me and POST /api/auth/sign-out', () => {
  it('says who the cookie is signed in as, then nobody once signed out (the session is gone)', async () => {
    const { user, password } = await t.newUser('dispatcher');
    const res = await signIn({ name: user.name, password });
    const cookie = res.headers.get('set-cookie')?.split(';')[0] ?? '';
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    const me = await answerOf(await t.app.request('/api/auth/me', { headers: { cookie } }));
    expect(me.json).toEqual({ user, csrfToken, anonymousRead: false });

    const out = await t.app.request('/api/auth/sign-out', {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^siaga_session=;.*Max-Age=0/);
    const after = await answerOf(await t.app.request('/api/auth/me', { headers: { cookie } }));
    expect(after.json).toEqual({ user: null, csrfToken: null, anonymousRead: false });
    expectError(
      await answerOf(await t.app.request('/api/posts', { headers: { cookie } })),
      401,
      'unauthorized',
    );
  });

  it('answers an API token’s user without a CSRF token', async () => {
    const { user, api } = await t.newUser('logistics');
    expect((await api.get('/api/auth/me')).json).toEqual({ user, csrfToken: null, anonymousRead: false });
  });

  it('refuses sign-out of a cookie session without its CSRF token', async () => {
    const { user, password } = await t.newUser('viewer');
    const cookie =
      (await signIn({ name: user.name, password })).headers.get('set-cookie')?.split(';')[0] ?? '';
    const out = await answerOf(
      await t.app.request('/api/auth/sign-out', { method: 'POST', headers: { cookie } }),
    );
    expectError(out, 403, 'csrf_failed');
    expect((await answerOf(await t.app.request('/api/auth/me', { headers: { cookie } }))).json).toMatchObject(
      { user },
    );
  });
});
