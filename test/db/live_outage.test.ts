import { type Database, listenChanges, openDatabase, type Unlisten } from '@siaga/db';
import { LIVE_CHANNEL, type LiveChange } from '@siaga/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTcpProxy, type TcpProxy } from '../../scripts/reliability/tcp_proxy.ts';
import { createScratchDatabase, type ScratchDatabase } from '../support/scratch_database.ts';

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) console.warn('live_outage.test.ts skipped: DATABASE_URL is not set (npm run test:server)');

async function until(test: () => boolean, ms: number): Promise<boolean> {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    if (test()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return test();
}

describe.skipIf(!serverUrl)('the live listener across a server outage', () => {
  let scratch: ScratchDatabase;
  let proxy: TcpProxy;
  let database: Database;
  let stop: Unlisten;
  const heard: LiveChange[] = [];
  let resyncs = 0;

  beforeAll(async () => {
    const url = new URL(serverUrl as string);
    scratch = await createScratchDatabase(url.toString(), 'siaga_h_live');
    proxy = await startTcpProxy(Number(url.port || 5432), url.hostname);
    const viaProxy = new URL(scratch.url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    database = await openDatabase({ databaseUrl: viaProxy.toString() });
    stop = await listenChanges(
      database,
      (change) => heard.push(change),
      () => resyncs++,
    );
  });

  afterAll(async () => {
    await proxy?.restore();
    await stop?.();
    await database?.close();
    await proxy?.close();
    await scratch?.drop();
  });

  const announce = (entityId: string) => {
    const change: LiveChange = {
      entity: 'post',
      entityId,
      action: 'update',
      version: 2,
      incidentId: null,
      count: 1,
      at: new Date().toISOString(),
    };
    return scratch.sql`SELECT pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(change)})`;
  };

  it('listens again by itself when the database comes back, and says so (resync)', async () => {
    await announce('before');
    expect(await until(() => heard.some((c) => c.entityId === 'before'), 2_000)).toBe(true);
    await proxy.cut();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await proxy.restore();
    expect(await until(() => resyncs === 1, 10_000)).toBe(true);
    await announce('after');
    expect(await until(() => heard.some((c) => c.entityId === 'after'), 2_000)).toBe(true);
  });
});
