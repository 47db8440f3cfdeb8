import { readFile } from 'node:fs/promises';
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { inject } from 'vitest';
import type { Database, Driver, SiagaDb } from '../database.ts';
import { listenEmbedded, listenOnServer } from '../live/listen_clients.ts';
import { onServer } from '../on_server.ts';
import { openPgliteClient } from '../open_database.ts';
import * as schema from '../schema/index.ts';
import { type SeedSnapshot, saveSnapshot } from './seed_snapshot.ts';
import {
  ensureSeededPgliteTemplate,
  ensureServerTemplate,
  serverDatabasePrefix,
  withDatabaseName,
} from './template.ts';

/**
 * The one database of a test worker, opened on first use and shared by the test files the worker runs one after
 * another (the db and api projects run with `isolate: false`). Files get it through leases (`freshDatabase`),
 * which empty it first.
 */
export interface WorkerDatabase {
  driver: Driver;
  /** A drizzle handle whose every call fails once `isOpen()` turns false. */
  connect(isOpen: () => boolean): SiagaDb;
  /** `Database.listen` on this worker's database. */
  listen: Database['listen'];
  /** The lease in use; a new lease closes it. */
  lease?: { open: boolean };
  /** The demo seed as loaded once in this worker, for `seededDatabase`. */
  seed?: SeedSnapshot;
}

/** Kept on globalThis rather than in a module variable, so it outlives any module reload between files. */
const slot = Symbol.for('siaga.testing.workerDatabase');
type Holder = { [slot]?: Promise<WorkerDatabase> };

export function workerDatabase(): Promise<WorkerDatabase> {
  const holder = globalThis as Holder;
  holder[slot] ??= openWorkerDatabase().catch((error: unknown) => {
    delete holder[slot];
    throw error;
  });
  return holder[slot];
}

async function openWorkerDatabase(): Promise<WorkerDatabase> {
  const url = process.env.DATABASE_URL;
  return url ? openServerWorkerDatabase(url) : openPgliteWorkerDatabase();
}

/**
 * An in-memory PGlite restored from the seeded template tarball (about 3 s, once per worker). The demo seed it
 * holds becomes the worker's snapshot at once, so `seededDatabase` never loads the seed files; the first lease
 * empties or restores the tables as usual.
 */
async function openPgliteWorkerDatabase(): Promise<WorkerDatabase> {
  const tarball = new Blob([await readFile(await ensureSeededPgliteTemplate())]);
  const { client } = await openPgliteClient({ loadDataDir: tarball }, () => {});
  const connect = (isOpen: () => boolean) =>
    drizzlePglite({ client: guarded<PGlite>(client, isOpen), schema });
  return {
    driver: 'pglite',
    connect,
    listen: (channel, onPayload, onListening) => listenEmbedded(client, channel, onPayload, onListening),
    seed: await saveSnapshot(connect(() => true)),
  };
}

/** A database of its own on the server, copied from the migrated template database. */
async function openServerWorkerDatabase(url: string): Promise<WorkerDatabase> {
  const run = inject('siagaTestRun');
  if (!run) throw new Error('freshDatabase() on a server needs packages/db/src/testing/global_setup.ts');
  const template = await ensureServerTemplate(url);
  const name = `${serverDatabasePrefix(run)}${process.pid}`;
  await onServer(url, (admin) => admin.unsafe(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  const own = withDatabaseName(url, name);
  const client = postgres(own, { max: 10, onnotice: () => {} });
  return {
    driver: 'postgres',
    connect: (isOpen) => drizzlePostgres({ client: guarded<postgres.Sql>(client, isOpen), schema }),
    listen: (channel, onPayload, onListening) =>
      listenOnServer(() => postgres(own, { max: 1, onnotice: () => {} }), channel, onPayload, onListening),
  };
}

/** The client as it is while `isOpen()`; afterwards every method call (and, for postgres.js, every query) throws. */
function guarded<T extends object>(client: T, isOpen: () => boolean): T {
  const check = () => {
    if (!isOpen())
      throw new Error('this test database was closed, or a later lease in this worker replaced it');
  };
  return new Proxy(client, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        check();
        return Reflect.apply(value, target, args);
      };
    },
    apply(target, thisArg, args) {
      check();
      return Reflect.apply(target as (...a: unknown[]) => unknown, thisArg, args);
    },
  });
}
