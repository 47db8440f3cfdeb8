import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start } from '@siaga/api';
import { readServerLock, writeServerLock } from '@siaga/db';
import { describe, expect, it } from 'vitest';

describe('start()', () => {
  // npm start's own path: an empty folder is created, migrated and given the demo seed (the other suites start
  // from the seeded template instead, packages/db/src/testing/template.ts).
  it('serves the API over HTTP on a free port with the demo seed loaded into an empty folder, then closes', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'siaga-start-'));
    const messages: string[] = [];
    try {
      const server = await start({
        port: 0,
        dataDir,
        databaseUrl: process.env.DATABASE_URL,
        // A server database is shared with other suites: no demo rows there.
        seed: !process.env.DATABASE_URL,
        webDist: null,
        log: (m) => messages.push(m),
      });
      try {
        expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        const res = await fetch(`${server.url}/api/health`);
        expect(res.status).toBe(200);
        expect(await res.json()).toMatchObject({ status: 'ok' });
        if (!process.env.DATABASE_URL) {
          expect(messages.join('\n')).toMatch(/Seed loaded: admin_areas [1-9]\d*, posts [1-9]/);
          const areas = await fetch(`${server.url}/api/admin-areas?level=desa`);
          expect(areas.status).toBe(200);
          expect(((await areas.json()) as { features: unknown[] }).features.length).toBeGreaterThan(100);
        }
        if (!process.env.DATABASE_URL)
          expect(readServerLock(dataDir)).toMatchObject({ pid: process.pid, url: server.url });
      } finally {
        await server.close();
      }
      expect(readServerLock(dataDir, () => true)).toBeNull();
      await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
      expect(messages.join('\n')).toMatch(process.env.DATABASE_URL ? /PostgreSQL/ : /PGlite/);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it.skipIf(process.env.DATABASE_URL)('refuses a folder another live server holds', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'siaga-start-held-'));
    try {
      const other = { pid: process.ppid, port: 8787, url: 'http://127.0.0.1:8787', startedAt: '' };
      writeServerLock(dataDir, other);
      await expect(start({ port: 0, dataDir, seed: false, webDist: null, log: () => {} })).rejects.toThrow(
        `the Siaga server (pid ${process.ppid}, http://127.0.0.1:8787) has the database in ${dataDir} open; stop it first`,
      );
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
