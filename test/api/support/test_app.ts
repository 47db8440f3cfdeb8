import { type ApiApp, createApp } from '@siaga/api';
import { type Database, loadSeedIfEmpty } from '@siaga/db';
import { freshDatabase } from '@siaga/db/testing';
import { afterAll, beforeAll } from 'vitest';
import { type Client, client } from './api_client.ts';

export interface TestApp {
  app: ApiApp;
  api: Client;
  database: Database;
  /** Unexpected errors the app logged (an `internal` answer always logs one). */
  logged: string[];
}

/**
 * A new empty database and app for the calling test file (PGlite, or a new server database when DATABASE_URL is
 * set). Tests in the file share the database but each creates its own rows. `seeded` loads the demo seed first,
 * for routing and coverage tests that need the regency's roads, areas and posts.
 */
export function useTestApp({ seeded = false }: { seeded?: boolean } = {}): TestApp {
  const ctx = { logged: [] as string[] } as TestApp;
  beforeAll(async () => {
    ctx.database = await freshDatabase();
    if (seeded) await loadSeedIfEmpty(ctx.database);
    ctx.app = createApp({ database: ctx.database, log: (m) => ctx.logged.push(m) });
    ctx.api = client(ctx.app);
  });
  afterAll(async () => {
    await ctx.database?.close();
  });
  return ctx;
}
