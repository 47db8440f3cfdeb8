import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, posts } from '@siaga/db';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { postInput, testActor } from '../support/db_fixtures.ts';

const serverUrl = process.env.DATABASE_URL;

describe('openDatabase', () => {
  it.skipIf(serverUrl !== undefined)(
    'creates a PGlite database with PostGIS in a folder, migrates it and keeps data across opens',
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'siaga-pglite-'));
      try {
        const messages: string[] = [];
        const first = await openDatabase({ dataDir, log: (m) => messages.push(m) });
        expect(first.driver).toBe('pglite');
        expect(await first.postgisVersion()).toMatch(/^3\.6\./);
        const input = postInput('Persisted', [115.1, -8.1]);
        await posts.create(first.db, [input], testActor);
        await first.close();
        expect(messages[0]).toMatch(/first start takes about 10 s/);

        const again = await openDatabase({ dataDir, log: (m) => messages.push(m) });
        expect((await posts.get(again.db, input.id as string))?.properties.name).toBe('Persisted');
        await again.close();
        expect(messages.at(-2)).toMatch(/^Opening the PGlite database/);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  );

  it.skipIf(serverUrl === undefined)('migrates an empty server database from scratch', async () => {
    const url = serverUrl as string;
    const name = `siaga_open_test_${process.pid}_${Date.now()}`;
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE "${name}"`);
    try {
      const target = new URL(url);
      target.pathname = `/${name}`;
      const messages: string[] = [];
      const database = await openDatabase({ databaseUrl: target.toString(), log: (m) => messages.push(m) });
      try {
        expect(database.driver).toBe('postgres');
        expect(await database.postgisVersion()).toMatch(/^3\.\d+\./);
        expect(await posts.list(database.db, {})).toEqual([]);
        expect(messages[0]).toMatch(/^Connecting to PostgreSQL/);
      } finally {
        await database.close();
      }
    } finally {
      await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  });
});
