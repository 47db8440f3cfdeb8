import { randomUUID } from 'node:crypto';
import {
  apiTokens,
  audit,
  type Database,
  executeRows,
  rateLimits,
  sessions,
  sha256Hex,
  users,
} from '@siaga/db';
import { freshDatabase } from '@siaga/db/testing';
import { SiagaError, User } from '@siaga/schema';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testActor } from '../support/db_fixtures.ts';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database?.close());

const password = 'kentongan-bali-2026';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function newUser(role: User['role'] = 'planner') {
  return users.create(database.db, { name: `user-${randomUUID().slice(0, 8)}`, role, password }, testActor);
}

describe('users', () => {
  it('creates a user (audited without the password) and verifies the password', async () => {
    const user = await newUser();
    expect(User.parse(user)).toEqual(user);
    expect(await users.verify(database.db, user.name, password)).toEqual({
      id: user.id,
      name: user.name,
      role: 'planner',
    });
    const [entry] = await audit.list(database.db, { entity: 'user', entityId: user.id });
    expect(entry).toMatchObject({ action: 'create', actorName: 'test', via: 'system', before: null });
    const stored = JSON.stringify(await executeRows(database.db, sql`SELECT * FROM audit_log`));
    expect(stored).not.toContain(password);
    expect(stored).not.toContain('scrypt$');
  });

  it('answers null for a wrong password, an unknown name and a disabled user', async () => {
    const user = await newUser();
    expect(await users.verify(database.db, user.name, `${password}!`)).toBeNull();
    expect(await users.verify(database.db, `nobody-${randomUUID()}`, password)).toBeNull();
    await users.update(database.db, user.id, { disabled: true }, testActor);
    expect(await users.verify(database.db, user.name, password)).toBeNull();
  });

  it('refuses a taken name with conflict', async () => {
    const user = await newUser();
    const error = await users
      .create(database.db, { name: user.name, role: 'viewer', password }, testActor)
      .catch((e) => e);
    expect(error).toBeInstanceOf(SiagaError);
    expect(error.code).toBe('conflict');
  });

  it('changes role and password, bumping the version, and ends the sessions on a new password', async () => {
    const user = await newUser('viewer');
    const session = await sessions.start(database.db, user, { remoteAddr: '127.0.0.1' });
    const updated = await users.update(
      database.db,
      user.id,
      { role: 'dispatcher', password: 'a-new-secret-1' },
      testActor,
    );
    expect(updated).toMatchObject({ role: 'dispatcher', version: 2 });
    expect(await sessions.resolve(database.db, session.token)).toBeNull();
    expect(await users.verify(database.db, user.name, password)).toBeNull();
    expect(await users.verify(database.db, user.name, 'a-new-secret-1')).toMatchObject({
      role: 'dispatcher',
    });
    const [entry] = await audit.list(database.db, { entity: 'user', entityId: user.id });
    expect(entry).toMatchObject({ action: 'update', after: { role: 'dispatcher', passwordChanged: true } });
    const stale = await users
      .update(database.db, user.id, { role: 'admin' }, testActor, { ifVersion: 1 })
      .catch((e) => e);
    expect(stale.code).toBe('precondition_failed');
    expect((await users.get(database.db, user.id))?.role).toBe('dispatcher');
  });
});

describe('sessions', () => {
  it('stores only the token hash and resolves the token to its user and CSRF token', async () => {
    const user = await newUser();
    const session = await sessions.start(database.db, user, { remoteAddr: '10.0.0.7' });
    expect(session.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await executeRows<{ token_hash: string; remote_addr: string }>(
      database.db,
      sql`SELECT token_hash, remote_addr FROM sessions WHERE user_id = ${user.id}`,
    );
    expect(rows).toEqual([{ token_hash: sha256Hex(session.token), remote_addr: '10.0.0.7' }]);
    expect(await sessions.resolve(database.db, session.token)).toEqual({
      user: { id: user.id, name: user.name, role: user.role },
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt,
    });
    expect(await sessions.resolve(database.db, sha256Hex(session.token))).toBeNull();
    const [entry] = await audit.list(database.db, { entity: 'user', entityId: user.id, actor: user.name });
    expect(entry).toMatchObject({
      action: 'sign_in',
      via: 'session',
      remoteAddr: '10.0.0.7',
      actorId: user.id,
    });
  });

  it('expires, and ends on sign-out', async () => {
    const user = await newUser();
    const short = await sessions.start(database.db, user, { remoteAddr: null, ttlMs: 300 });
    expect(await sessions.resolve(database.db, short.token)).not.toBeNull();
    await sleep(400);
    expect(await sessions.resolve(database.db, short.token)).toBeNull();
    expect(await sessions.purgeExpired(database.db)).toBeGreaterThanOrEqual(1);
    const long = await sessions.start(database.db, user, { remoteAddr: null });
    expect(Date.parse(long.expiresAt) - Date.now()).toBeGreaterThan(11.9 * 3600 * 1000);
    expect(await sessions.end(database.db, long.token)).toBe(true);
    expect(await sessions.resolve(database.db, long.token)).toBeNull();
    expect(await sessions.end(database.db, long.token)).toBe(false);
  });

  it('fails for a disabled user', async () => {
    const user = await newUser();
    const session = await sessions.start(database.db, user, { remoteAddr: null });
    await users.update(database.db, user.id, { disabled: true }, testActor);
    expect(await sessions.resolve(database.db, session.token)).toBeNull();
  });
});

describe('API tokens', () => {
  it('issues a token shown once, stored as sha256, resolved until revoked', async () => {
    const user = await newUser('logistics');
    const issued = await apiTokens.issue(database.db, user.id, 'SIMBADA sync', testActor);
    expect(issued?.token).toMatch(/^siaga_[A-Za-z0-9_-]{43}$/);
    const token = issued?.token as string;
    const stored = await executeRows<{ token_hash: string }>(
      database.db,
      sql`SELECT token_hash FROM api_tokens WHERE user_id = ${user.id}`,
    );
    expect(stored).toEqual([{ token_hash: sha256Hex(token) }]);
    expect(await apiTokens.resolve(database.db, token)).toEqual({
      user: { id: user.id, name: user.name, role: 'logistics' },
      tokenId: issued?.id,
    });
    const [listed] = await apiTokens.list(database.db, user.id);
    expect(listed).toMatchObject({ id: issued?.id, label: 'SIMBADA sync', revokedAt: null });
    expect(listed?.lastUsedAt).not.toBeNull();

    expect(await apiTokens.revoke(database.db, user.id, issued?.id as string, testActor)).toBe(true);
    expect(await apiTokens.resolve(database.db, token)).toBeNull();
    expect(await apiTokens.revoke(database.db, user.id, issued?.id as string, testActor)).toBe(false);
    const entries = await audit.list(database.db, { entity: 'api_token', entityId: issued?.id as string });
    expect(entries.map((e) => e.action)).toEqual(['revoke', 'create']);
    expect(JSON.stringify(entries)).not.toContain(token);
  });

  it('stops working while its user is disabled, and not for another user', async () => {
    const user = await newUser();
    const other = await newUser();
    const issued = await apiTokens.issue(database.db, user.id, 'script', testActor);
    expect(await apiTokens.revoke(database.db, other.id, issued?.id as string, testActor)).toBe(false);
    await users.update(database.db, user.id, { disabled: true }, testActor);
    expect(await apiTokens.resolve(database.db, issued?.token as string)).toBeNull();
    expect(await apiTokens.issue(database.db, randomUUID(), 'nobody', testActor)).toBeNull();
  });
});

describe('rate limits', () => {
  it('allows `limit` attempts per window, counts concurrent attempts once each, and opens again', async () => {
    const key = `sign-in:addr:${randomUUID()}`;
    const limit = { limit: 3, windowMs: 1_000 };
    const hits = await Promise.all(Array.from({ length: 5 }, () => rateLimits.hit(database.db, key, limit)));
    expect(hits.map((h) => h.count).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(hits.filter((h) => h.allowed)).toHaveLength(3);
    const refused = hits.find((h) => !h.allowed);
    expect(refused?.retryAfterSeconds).toBe(1);
    await sleep(1_100);
    expect(await rateLimits.hit(database.db, key, limit)).toMatchObject({ allowed: true, count: 1 });
    await rateLimits.clear(database.db, key);
    expect(await rateLimits.hit(database.db, key, limit)).toMatchObject({ count: 1 });
  });
});
