import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { AuditList, Role, SignInAnswer } from '@siaga/schema';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectError, idOf } from '../api/support/api_client.ts';
import { postBody } from '../api/support/fixtures.ts';
import { type ApiProcess, spawnApiProcess } from '../support/api_process.ts';
import { createScratchDatabase, type ScratchDatabase } from '../support/scratch_database.ts';
import { type SocketClient, socketClient } from '../support/socket_client.ts';

/**
 * Two API processes behind one address must behave as one: sessions, API tokens, sign-in counts and versions
 * live in the database, never in a process. Each process is the real `npm start` code in a child process, on a
 * database of its own on the server; requests go over real sockets, from chosen loopback addresses.
 */

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) console.warn('two_processes.test.ts skipped: DATABASE_URL is not set (npm run test:server)');

const repoRoot = join(import.meta.dirname, '..', '..');
const ADMIN = { name: 'kadek', password: 'kata-sandi-kadek-1' };

/** The first admin, made the documented way: `npm run user -- add NAME --role admin --password-stdin`. */
function addAdminByCommand(databaseUrl: string): void {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/user.ts', 'add', ADMIN.name, '--role', 'admin', '--password-stdin'],
    {
      cwd: repoRoot,
      input: `${ADMIN.password}\n`,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: databaseUrl },
      timeout: 90_000,
    },
  );
  expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
}

interface Session {
  cookie: string;
  csrfToken: string;
  userId: string;
}

async function signIn(base: string, name: string, password: string, from: string): Promise<Session> {
  const answer = await socketClient(base, {}, from).post('/api/auth/sign-in', { name, password });
  expect(answer.status, answer.text).toBe(200);
  const token = answer.cookies.map((c) => /^siaga_session=([^;]+)/.exec(c)?.[1]).find((t) => t);
  expect(token).toBeDefined();
  const { csrfToken, user } = answer.json as SignInAnswer;
  return { cookie: `siaga_session=${token}`, csrfToken, userId: user.id };
}

/** A client sending the session's cookie and CSRF token, as the web app does. */
function withSession(base: string, session: Session, from: string): SocketClient {
  return socketClient(base, { cookie: session.cookie, 'x-csrf-token': session.csrfToken }, from);
}

/** The admin, signed in on `base` from `from`. */
async function adminOn(base: string, from: string): Promise<SocketClient> {
  return withSession(base, await signIn(base, ADMIN.name, ADMIN.password, from), from);
}

/** A new user with this role, added by `admin`; answers its id. */
async function addUser(admin: SocketClient, name: string, role: Role, password: string): Promise<string> {
  const created = await admin.post('/api/users', { name, role, password });
  expect(created.status, created.text).toBe(201);
  return (created.json as { id: string }).id;
}

describe.skipIf(!serverUrl)('two API processes on one server database', () => {
  let scratch: ScratchDatabase | undefined;
  const processes: ApiProcess[] = [];
  let a = '';
  let b = '';

  beforeAll(async () => {
    scratch = await createScratchDatabase(serverUrl as string, 'siaga_h_twoproc');
    const env = {
      PORT: '0',
      DATABASE_URL: scratch.url,
      SIAGA_SEED: '0',
      SIAGA_ANONYMOUS_READ: '0',
      SIAGA_SECURE_COOKIES: '0',
    };
    // Both start at once on the empty database: one migrates while the other waits for the migration lock.
    // B listens on every address, IPv6 included, as a server on a network may: its IPv4 clients arrive as
    // IPv4-mapped IPv6 addresses (::ffff:127.0.4.3), and must still count and be recorded as the same client.
    const first = spawnApiProcess({ ...env, HOST: '127.0.0.1' });
    const second = spawnApiProcess({ ...env, HOST: '::' });
    processes.push(first, second);
    const [onA, onB] = await Promise.all([first.listening, second.listening]);
    a = onA;
    b = onB.replace('[::]', '127.0.0.1');
    addAdminByCommand(scratch.url);
  }, 240_000);

  afterEach(() => {
    for (const p of processes) expect(p.output()).not.toMatch(/ failed: /);
  });

  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await scratch?.drop();
  }, 60_000);

  it('listens on two ports', async () => {
    expect(a).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(b).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(a).not.toBe(b);
    for (const base of [a, b]) {
      expect((await socketClient(base, {}, '127.0.0.1').get('/api/health')).status).toBe(200);
    }
  });

  it('a session started on A writes on B with its cookie and CSRF token; signing out on B ends it on A', async () => {
    const from = '127.0.1.1';
    const session = await signIn(a, ADMIN.name, ADMIN.password, from);
    const onA = withSession(a, session, from);
    const onB = withSession(b, session, from);
    expect((await onB.get('/api/auth/me')).json).toMatchObject({
      user: { name: ADMIN.name, role: 'admin' },
      csrfToken: session.csrfToken,
    });
    const created = await onB.post('/api/posts', postBody());
    expect(created.status, created.text).toBe(201);
    expect((await onA.get(`/api/posts/${idOf(created)}`)).status).toBe(200);
    const forged = socketClient(b, { cookie: session.cookie, 'x-csrf-token': 'A'.repeat(43) }, from);
    expectError(await forged.post('/api/posts', postBody()), 403, 'csrf_failed');

    expect((await onB.post('/api/auth/sign-out', undefined)).status).toBe(204);
    expect((await onA.get('/api/auth/me')).json).toMatchObject({ user: null, csrfToken: null });
    expectError(await onA.get('/api/posts'), 401, 'unauthorized');
    expectError(await onA.post('/api/posts', postBody()), 401, 'unauthorized');
  });

  it('an API token revoked on A is refused on B at once', async () => {
    const admin = await adminOn(a, '127.0.2.1');
    const userId = await addUser(admin, 'made', 'logistics', 'kata-sandi-made-1');
    const issued = await admin.post(`/api/users/${userId}/tokens`, { label: 'integrasi' });
    expect(issued.status, issued.text).toBe(201);
    const { id: tokenId, token } = issued.json as { id: string; token: string };
    const onB = socketClient(b, { authorization: `Bearer ${token}` });
    expect((await onB.get('/api/caches')).status).toBe(200);

    expect((await admin.delete(`/api/users/${userId}/tokens/${tokenId}`)).status).toBe(204);
    expectError(await onB.get('/api/caches'), 401, 'unauthorized');
    expectError(await onB.post('/api/caches', { type: 'Feature' }), 401, 'unauthorized');
  });

  it('a user disabled on A is refused on B at once, by session and by token', async () => {
    const from = '127.0.3.1';
    const password = 'kata-sandi-wayan-1';
    const admin = await adminOn(a, from);
    const userId = await addUser(admin, 'wayan', 'dispatcher', password);
    const issued = await admin.post(`/api/users/${userId}/tokens`, { label: 'radio' });
    expect(issued.status, issued.text).toBe(201);
    const byToken = socketClient(b, { authorization: `Bearer ${(issued.json as { token: string }).token}` });
    const bySession = withSession(b, await signIn(a, 'wayan', password, from), from);
    expect((await byToken.get('/api/incidents')).status).toBe(200);
    expect((await bySession.get('/api/incidents')).status).toBe(200);

    expect((await admin.patch(`/api/users/${userId}`, { disabled: true })).status).toBe(200);
    expectError(await byToken.get('/api/incidents'), 401, 'unauthorized');
    expectError(await bySession.get('/api/incidents'), 401, 'unauthorized');
    expectError(
      await socketClient(b, {}, from).post('/api/auth/sign-in', { name: 'wayan', password }),
      401,
      'unauthorized',
    );
  });

  it('refuses on B a PATCH whose If-Match A has already moved on (412), and the audit log names each write and its address', async () => {
    const admin = await adminOn(a, '127.0.4.1');
    const plannerId = await addUser(admin, 'komang', 'planner', 'kata-sandi-komang-1');
    const session = await signIn(a, 'komang', 'kata-sandi-komang-1', '127.0.4.2');
    const onA = withSession(a, session, '127.0.4.2');
    const onB = withSession(b, session, '127.0.4.3');
    const created = await onA.post('/api/posts', postBody());
    expect(created.status, created.text).toBe(201);
    const id = idOf(created);
    const url = `/api/posts/${id}`;
    expect((await onB.get(url)).headers.get('etag')).toBe('"1"');

    const first = await onA.call('PATCH', url, { properties: { notes: 'dari A' } }, { 'if-match': '"1"' });
    expect(first.status, first.text).toBe(200);
    const stale = await onB.call('PATCH', url, { properties: { notes: 'dari B' } }, { 'if-match': '"1"' });
    expect(expectError(stale, 412, 'precondition_failed').error.details).toContainEqual({
      path: 'version',
      message: '2',
    });
    expect(stale.headers.get('etag')).toBe('"2"');
    const second = await onB.call('PATCH', url, { properties: { notes: 'dari B' } }, { 'if-match': '"2"' });
    expect(second.status, second.text).toBe(200);
    expect((await onA.get(url)).json).toMatchObject({ properties: { notes: 'dari B', version: 3 } });

    // The same stale version sent to both at once: the row lock lets exactly one through.
    const racing = await Promise.all(
      [onA, onB, onA, onB].map((client, i) =>
        client.call('PATCH', url, { properties: { notes: `balapan ${i}` } }, { 'if-match': '"3"' }),
      ),
    );
    expect(racing.map((r) => r.status).sort()).toEqual([200, 412, 412, 412]);
    expect((await onB.get(url)).headers.get('etag')).toBe('"4"');

    const { entries } = (await onB.get(`/api/audit?entity=post&entityId=${id}`)).json as AuditList;
    const racer = racing.findIndex((r) => r.status === 200);
    expect(entries.map((e) => [e.action, e.actorName, e.actorId, e.via, e.remoteAddr])).toEqual([
      ['update', 'komang', plannerId, 'session', racer % 2 === 0 ? '127.0.4.2' : '127.0.4.3'],
      ['update', 'komang', plannerId, 'session', '127.0.4.3'],
      ['update', 'komang', plannerId, 'session', '127.0.4.2'],
      ['create', 'komang', plannerId, 'session', '127.0.4.2'],
    ]);
    expect(entries[1]).toMatchObject({
      before: { properties: { notes: 'dari A', version: 2 } },
      after: { properties: { notes: 'dari B', version: 3 } },
    });
    const signIns = (await onA.get(`/api/audit?entity=user&entityId=${plannerId}`)).json as AuditList;
    expect(signIns.entries.find((e) => e.action === 'sign_in')).toMatchObject({
      actorName: 'komang',
      remoteAddr: '127.0.4.2',
    });
  });

  it('counts sign-in attempts for one name on both processes: 6 on A and 5 on B, the 11th gets 429', async () => {
    const password = 'kata-sandi-putu-1';
    await addUser(await adminOn(a, '127.0.5.1'), 'putu', 'viewer', password);
    const attempt = (base: string, from: string, tried: string) =>
      socketClient(base, {}, from).post('/api/auth/sign-in', { name: 'putu', password: tried });
    for (let i = 0; i < 6; i++)
      expectError(await attempt(a, '127.0.5.2', 'salah-salah-1'), 401, 'unauthorized');
    for (let i = 0; i < 4; i++)
      expectError(await attempt(b, '127.0.5.3', 'salah-salah-1'), 401, 'unauthorized');
    const eleventh = await attempt(b, '127.0.5.3', 'salah-salah-1');
    expectError(eleventh, 429, 'rate_limited');
    expect(Number(eleventh.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(eleventh.headers.get('retry-after'))).toBeLessThanOrEqual(15 * 60);
    // The name is held back on A too, even with the right password from an address it has not seen.
    expectError(await attempt(a, '127.0.5.4', password), 429, 'rate_limited');
    // Those addresses made 6 and 5 attempts: under their own limit, another name still signs in from them.
    await signIn(a, ADMIN.name, ADMIN.password, '127.0.5.2');
    await signIn(b, ADMIN.name, ADMIN.password, '127.0.5.3');
  });

  it('counts sign-in attempts from one address on both processes: 5 names on A and 5 on B, the 11th gets 429', async () => {
    const attempt = (base: string, name: string) =>
      socketClient(base, {}, '127.0.6.1').post('/api/auth/sign-in', { name, password: 'salah-salah-1' });
    for (let i = 0; i < 5; i++) expectError(await attempt(a, `tamu-a${i}`), 401, 'unauthorized');
    for (let i = 0; i < 5; i++) expectError(await attempt(b, `tamu-b${i}`), 401, 'unauthorized');
    expectError(await attempt(a, 'tamu-c'), 429, 'rate_limited');
    const fromThere = socketClient(b, {}, '127.0.6.1');
    expectError(
      await fromThere.post('/api/auth/sign-in', { name: ADMIN.name, password: ADMIN.password }),
      429,
      'rate_limited',
    );
  });
});
