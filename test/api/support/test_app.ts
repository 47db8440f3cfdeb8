import { type ApiApp, createApp } from '@siaga/api';
import { apiTokens, type Database, systemActor, users } from '@siaga/db';
import { freshDatabase, seededDatabase } from '@siaga/db/testing';
import type { AuthUser, Role } from '@siaga/schema';
import { afterAll, beforeAll } from 'vitest';
import { type Client, client } from './api_client.ts';

export interface TestUser {
  user: AuthUser;
  password: string;
  /** The user's API token, for `Authorization: Bearer`. */
  token: string;
  /** A client that sends the token with every request. */
  api: Client;
}

export interface TestApp {
  app: ApiApp;
  /** A client signed in as the `as` user (by API token), or anonymous when `as` is null. */
  api: Client;
  /** A client that sends no credentials. */
  anonymous: Client;
  database: Database;
  /** Unexpected errors the app logged (an `internal` answer always logs one). */
  logged: string[];
  /** A new user with this role, a password and an API token, created directly in the database. */
  newUser(role: Role): Promise<TestUser>;
}

let counter = 0;

export interface TestAppOptions {
  /** Load the demo seed first, for routing and coverage tests that need the regency's roads, areas and posts. */
  seeded?: boolean;
  /** The role `api` acts as (default admin, which passes every role check); null for an anonymous `api`. */
  as?: Role | null;
  /** Whether anonymous clients may read (default off, as on a server database). */
  anonymousRead?: boolean;
}

/**
 * An empty database and a new app for the calling test file (the test worker's database, emptied: PGlite, or a
 * server database when DATABASE_URL is set). Tests in the file share the database but each creates its own rows.
 * `seeded` starts from the demo seed instead, for routing and coverage tests that need the regency's roads, areas
 * and posts.
 */
export function useTestApp({
  seeded = false,
  as = 'admin',
  anonymousRead = false,
}: TestAppOptions = {}): TestApp {
  const ctx = { logged: [] as string[] } as TestApp;
  beforeAll(async () => {
    ctx.database = await (seeded ? seededDatabase() : freshDatabase());
    ctx.app = createApp({ database: ctx.database, log: (m) => ctx.logged.push(m), anonymousRead });
    ctx.anonymous = client(ctx.app);
    ctx.newUser = async (role) => {
      counter += 1;
      const password = `kata-sandi-${counter}-${role}`;
      const { db } = ctx.database;
      const actor = systemActor('cli', 'test');
      const created = await users.create(db, { name: `${role}-${counter}`, role, password }, actor);
      const issued = await apiTokens.issue(db, created.id, 'test', actor);
      if (!issued) throw new Error('no token for a user just created');
      const user = { id: created.id, name: created.name, role: created.role };
      return {
        user,
        password,
        token: issued.token,
        api: client(ctx.app, { authorization: `Bearer ${issued.token}` }),
      };
    };
    ctx.api = as === null ? ctx.anonymous : (await ctx.newUser(as)).api;
  });
  afterAll(async () => {
    await ctx.database?.close();
  });
  return ctx;
}
