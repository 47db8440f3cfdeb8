import { randomBytes } from 'node:crypto';
import { type ApiApp, createApp } from '@siaga/api';
import { apiTokens, type Database, onServer, openDatabase, systemActor, users } from '@siaga/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTcpProxy, type TcpProxy } from '../../scripts/reliability/tcp_proxy.ts';
import { type Client, client, expectError } from './support/api_client.ts';
import { postBody } from './support/fixtures.ts';

const serverUrl = process.env.DATABASE_URL;

/** The database URL with another host port and database name. */
function via(url: string, port: number, name: string): string {
  const u = new URL(url);
  u.hostname = '127.0.0.1';
  u.port = String(port);
  u.pathname = `/${name}`;
  return u.toString();
}

const onAdmin = async (url: string, statement: string) => {
  await onServer(url, (admin) => admin.unsafe(statement));
};

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await run();
  return { value, ms: performance.now() - started };
}

describe.skipIf(!serverUrl)('the server database going away and coming back', () => {
  // Named after the database DATABASE_URL points at, so scratch databases stay recognisable on a shared server.
  const name = `${new URL(serverUrl ?? 'postgres://x/siaga').pathname.slice(1)}_outage_${process.pid}_${randomBytes(3).toString('hex')}`;
  let proxy: TcpProxy;
  let database: Database;
  let app: ApiApp;
  let api: Client;

  beforeAll(async () => {
    const url = serverUrl as string;
    await onAdmin(url, `CREATE DATABASE "${name}"`);
    proxy = await startTcpProxy(Number(new URL(url).port || 5432), new URL(url).hostname);
    database = await openDatabase({ databaseUrl: via(url, proxy.port, name) });
    app = createApp({ database, log: () => {} });
    const actor = systemActor('cli', 'test');
    const admin = await users.create(
      database.db,
      { name: 'outage-admin', role: 'admin', password: 'kata-sandi-outage' },
      actor,
    );
    const issued = await apiTokens.issue(database.db, admin.id, 'test', actor);
    if (!issued) throw new Error('no token for a user just created');
    api = client(app, { authorization: `Bearer ${issued.token}` });
  });

  afterAll(async () => {
    await proxy?.restore();
    await database?.close();
    await proxy?.close();
    await onAdmin(serverUrl as string, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  it('fails fast with 503, says the database is down, recovers by itself and keeps acknowledged writes', async () => {
    const acknowledged = await api.post('/api/posts', postBody());
    expect(acknowledged.status).toBe(201);
    expect((await api.get('/api/health')).status).toBe(200);

    await proxy.cut();
    const read = await timed(() => api.get('/api/posts'));
    expectError(read.value, 503, 'unavailable');
    expect(read.value.headers.get('retry-after')).toBe('5');
    expect(read.ms).toBeLessThan(5_000);
    const write = await timed(() => api.post('/api/posts', postBody()));
    expectError(write.value, 503, 'unavailable');
    expect(write.ms).toBeLessThan(5_000);
    // Monitoring asks without credentials (with a token, authentication itself needs the database: 503 too).
    const health = await timed(() => client(app).get('/api/health'));
    const down = expectError(health.value, 503, 'unavailable');
    expect(down.error.details.map((d) => d.path)).toContain('database');
    expect(health.ms).toBeLessThan(5_000);

    await proxy.restore();
    let after = await api.get('/api/posts');
    for (let attempt = 0; attempt < 20 && after.status !== 200; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      after = await api.get('/api/posts');
    }
    expect(after.status).toBe(200);
    const ids = (after.json as { features: { id: string }[] }).features.map((f) => f.id);
    expect(ids).toContain((acknowledged.json as { id: string }).id);
    expect((await api.get('/api/health')).status).toBe(200);
  });
});

describe.skipIf(serverUrl)('the server database going away', () => {
  it.skip('runs only on server PostgreSQL (set DATABASE_URL; npm run test:server)', () => {});
});
