import { randomUUID } from 'node:crypto';
import { createApp } from '@siaga/api';
import { sessions, systemActor, users } from '@siaga/db';
import { type Role, Role as RoleEnum } from '@siaga/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Answer, type Client, client, expectError } from './support/api_client.ts';
import { type TestUser, useTestApp } from './support/test_app.ts';

/**
 * The security cases, run against every operation the OpenAPI document lists: a route added later is checked
 * as soon as it is documented, and start-up refuses a route registered without an access declaration.
 */

type Access = 'public' | 'read' | Role[];

interface Operation {
  name: string;
  method: string;
  path: string;
  access: Access;
}

/** Writes that are not role-restricted: computations (read-only answers to a POST) and the session routes. */
const unrestrictedWrites = new Set([
  'POST /api/routing/closest',
  'POST /api/routing/isochrones',
  'POST /api/routing/matrix',
  'POST /api/coverage',
  'POST /api/planning/prepositioning',
  'POST /api/planning/sites',
  'POST /api/auth/sign-in',
  'POST /api/auth/sign-out',
]);

const t = useTestApp({ as: null });
const operations: Operation[] = [];
const byRole = new Map<Role, TestUser>();

beforeAll(async () => {
  const res = await t.app.request('/api/openapi.json');
  const doc = (await res.json()) as { paths: Record<string, Record<string, { 'x-siaga-access'?: Access }>> };
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const access = op['x-siaga-access'];
      if (access === undefined) throw new Error(`${method} ${path} declares no access`);
      operations.push({
        name: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        access,
      });
    }
  }
  for (const role of RoleEnum.options) byRole.set(role, await t.newUser(role));
});

/** A concrete URL for a documented path: random ids, a real Kemendagri code. */
const urlOf = (op: Operation) => op.path.replace('{code}', '51.08').replace(/\{[^}]+\}/g, () => randomUUID());

const send = (api: Client, op: Operation, headers: Record<string, string> = {}) =>
  api.call(op.method, urlOf(op), op.method === 'GET' ? undefined : {}, headers);

const isWrite = (op: Operation) => op.method !== 'GET';
const userOf = (role: Role) => {
  const user = byRole.get(role);
  if (!user) throw new Error(`no ${role} user`);
  return user;
};
/** A role the operation refuses, if any (admin passes everything). */
const refusedRole = (op: Operation) =>
  Array.isArray(op.access)
    ? RoleEnum.options.find((r) => r !== 'admin' && !op.access.includes(r))
    : undefined;

function expectNotRefused(answer: Answer, name: string) {
  expect([401, 403], `${name}: ${answer.text}`).not.toContain(answer.status);
}

/** A session cookie of an admin, signed in through the API; `csrf` is its token. */
async function adminSession(): Promise<{ cookie: string; csrf: string }> {
  const admin = userOf('admin');
  const res = await t.app.request('/api/auth/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: admin.user.name, password: admin.password }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error('no session cookie');
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

describe('every documented operation', () => {
  it('is found in the OpenAPI document, with its access declared', () => {
    expect(operations.length).toBeGreaterThan(40);
  });

  it('writes are restricted to roles, except computations and the session routes', () => {
    const loose = operations.filter((op) => isWrite(op) && !Array.isArray(op.access)).map((op) => op.name);
    expect(loose.sort()).toEqual([...unrestrictedWrites].sort());
  });

  it('answers 401 without credentials unless public (anonymous read is off)', async () => {
    for (const op of operations) {
      const answer = await send(t.anonymous, op);
      if (op.access === 'public') expectNotRefused(answer, op.name);
      else expectError(answer, 401, 'unauthorized');
    }
  });

  it('answers 403 to a signed-in role it does not list, and lets the listed roles and admin through', async () => {
    for (const op of operations) {
      const refused = refusedRole(op);
      if (refused) expectError(await send(userOf(refused).api, op), 403, 'forbidden');
      const allowed: Role[] = Array.isArray(op.access) ? [...op.access, 'admin'] : ['viewer'];
      for (const role of allowed) expectNotRefused(await send(userOf(role).api, op), `${op.name} as ${role}`);
    }
  });

  it('answers 401 to an expired session, even of an admin', async () => {
    const admin = userOf('admin');
    const expired = await sessions.start(t.database.db, admin.user, { remoteAddr: null, ttlMs: 1 });
    await new Promise((r) => setTimeout(r, 20));
    const api = client(t.app, {
      cookie: `siaga_session=${expired.token}`,
      'x-csrf-token': expired.csrfToken,
    });
    for (const op of operations) {
      if (op.access !== 'public') expectError(await send(api, op), 401, 'unauthorized');
    }
  });

  it('answers 401 to a revoked API token and to a disabled user’s token', async () => {
    const revoked = await t.newUser('admin');
    const tokens = (await userOf('admin').api.get(`/api/users/${revoked.user.id}/tokens`)).json as {
      tokens: Array<{ id: string }>;
    };
    const [token] = tokens.tokens;
    if (!token) throw new Error('no token to revoke');
    expect(
      (await userOf('admin').api.delete(`/api/users/${revoked.user.id}/tokens/${token.id}`)).status,
    ).toBe(204);
    const disabled = await t.newUser('admin');
    await users.update(t.database.db, disabled.user.id, { disabled: true }, systemActor('cli', 'test'));
    for (const op of operations) {
      if (op.access === 'public') continue;
      expectError(await send(revoked.api, op), 401, 'unauthorized');
      expectError(await send(disabled.api, op), 401, 'unauthorized');
    }
  });

  it('refuses a cookie-session write without or with a forged CSRF token (403 csrf_failed), reads need none', async () => {
    const { cookie, csrf } = await adminSession();
    const forged = `${csrf.slice(0, -2)}xx`;
    for (const op of operations) {
      if (op.name === 'POST /api/auth/sign-in') continue;
      if (!isWrite(op)) {
        expectNotRefused(await send(client(t.app, { cookie }), op), op.name);
        continue;
      }
      expectError(await send(client(t.app, { cookie }), op), 403, 'csrf_failed');
      expectError(await send(client(t.app, { cookie, 'x-csrf-token': forged }), op), 403, 'csrf_failed');
      if (op.name !== 'POST /api/auth/sign-out') {
        expectNotRefused(await send(client(t.app, { cookie, 'x-csrf-token': csrf }), op), op.name);
      }
    }
  });
});

describe('anonymous read (the embedded demo)', () => {
  it('lets anonymous clients call every read route except the audit log, and no write', async () => {
    const demo = client(
      createApp({ database: t.database, anonymousRead: true, log: (m) => t.logged.push(m) }),
    );
    for (const op of operations) {
      const answer = await send(demo, op);
      if (op.access === 'public' || op.access === 'read') expectNotRefused(answer, op.name);
      else expectError(answer, 401, 'unauthorized');
    }
  });
});
