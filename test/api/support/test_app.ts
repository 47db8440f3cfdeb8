import { type ApiApp, createApp } from '@siaga/api';
import type { Database } from '@siaga/db';
import { freshDatabase, seededDatabase } from '@siaga/db/testing';
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
 * An empty database and a new app for the calling test file (the test worker's database, emptied: PGlite, or a
 * server database when DATABASE_URL is set). Tests in the file share the database but each creates its own rows.
 * `seeded` starts from the demo seed instead, for routing and coverage tests that need the regency's roads, areas
 * and posts.
 */
export function useTestApp({ seeded = false }: { seeded?: boolean } = {}): TestApp {
  const ctx = { logged: [] as string[] } as TestApp;
  beforeAll(async () => {
    ctx.database = await (seeded ? seededDatabase() : freshDatabase());
    ctx.app = createApp({ database: ctx.database, log: (m) => ctx.logged.push(m) });
    ctx.api = client(ctx.app);
  });
  afterAll(async () => {
    await ctx.database?.close();
  });
  return ctx;
}
