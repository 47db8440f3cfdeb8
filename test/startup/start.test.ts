import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start } from '@siaga/api';
import { describe, expect, it } from 'vitest';

describe('start()', () => {
  it('serves the API over HTTP on a free port, then closes', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'siaga-start-'));
    const messages: string[] = [];
    try {
      const server = await start({
        port: 0,
        dataDir,
        databaseUrl: process.env.DATABASE_URL,
        seed: false,
        webDist: null,
        log: (m) => messages.push(m),
      });
      try {
        expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        const res = await fetch(`${server.url}/api/health`);
        expect(res.status).toBe(200);
        expect(await res.json()).toMatchObject({ status: 'ok' });
      } finally {
        await server.close();
      }
      await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
      expect(messages.join('\n')).toMatch(process.env.DATABASE_URL ? /PostgreSQL/ : /PGlite/);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
