import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import type { Database, SiagaDb } from './database.ts';
import { executeRows } from './execute_rows.ts';
import { listenEmbedded, listenOnServer, openListeners } from './live/listen_clients.ts';
import { defaultPgliteDir, migrationsFolder } from './paths.ts';
import { Gate } from './pglite_gate.ts';
import * as schema from './schema/index.ts';

export interface OpenDatabaseOptions {
  /** postgres:// URL; defaults to env DATABASE_URL. When neither is set, PGlite is used. */
  databaseUrl?: string;
  /** PGlite data folder; defaults to env SIAGA_DATA_DIR, then <repo>/.siaga-data/pglite. 'memory://' keeps it in memory. */
  dataDir?: string;
  log?: (msg: string) => void;
}

/**
 * Opens the database and applies the committed migrations.
 *
 * @example
 * const database = await openDatabase({ log: console.log });
 * const all = await posts.list(database.db, {});
 * await database.close();
 */
export async function openDatabase(opts: OpenDatabaseOptions = {}): Promise<Database> {
  const log = opts.log ?? (() => {});
  const databaseUrl = opts.databaseUrl ?? process.env.DATABASE_URL;
  if (databaseUrl) return openPostgres(databaseUrl, log);
  return openPglite({ dataDir: pgliteDirOf(opts) }, log);
}

const pgliteDirOf = (opts: OpenDatabaseOptions) =>
  opts.dataDir ?? process.env.SIAGA_DATA_DIR ?? defaultPgliteDir;

/**
 * The embedded database's folder `openDatabase(opts)` opens, or null when it opens a server database (a
 * databaseUrl or DATABASE_URL) or one in memory.
 */
export function embeddedFolderOf(opts: OpenDatabaseOptions = {}): string | null {
  if (opts.databaseUrl ?? process.env.DATABASE_URL) return null;
  const dataDir = pgliteDirOf(opts);
  return dataDir.startsWith('memory://') ? null : dataDir;
}

/** The PostGIS library version of the database behind `db`. */
export async function postgisVersionOf(db: SiagaDb): Promise<string> {
  const [first] = await executeRows<{ v: string }>(db, sql`SELECT postgis_lib_version() AS v`);
  if (!first) throw new Error('postgis_lib_version() returned nothing');
  return first.v;
}

/**
 * Bounds that make an outage fail fast instead of hanging requests: a connection attempt gives up after 3 s (postgres.js
 * then rejects the queries queued on it), and a statement running 20 s is cancelled by the server (no API statement
 * comes near it; the seed and imports run on their own clients). Lost connections are replaced on the next query, so
 * the API recovers by itself when the server is back.
 */
const serverClientOptions = {
  max: 10,
  connect_timeout: 3,
  // A lost connection is tried again after half a second, not after postgres.js's growing backoff (up to 20 s).
  backoff: () => 0.5,
  idle_timeout: 60,
  connection: { statement_timeout: 20_000 },
  onnotice: () => {},
} satisfies postgres.Options<Record<string, never>>;

/** True when the promise settles successfully within `ms`; false when it fails or takes longer. */
export function answersWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const answered = promise.then(
    () => true,
    () => false,
  );
  return Promise.race([answered, late]).finally(() => clearTimeout(timer));
}

/** postgres.js 3.4.x's deferred write to a socket already closed (porsager/postgres#1154, #1208; fix not released). */
function isPostgresJsWriteCrash(err: unknown): boolean {
  return (
    err instanceof TypeError &&
    /reading 'write'/.test(err.message) &&
    /postgres[\\/]src[\\/]connection\.js/.test(err.stack ?? '') &&
    /nextWrite/.test(err.stack ?? '')
  );
}

/**
 * postgres.js 3.4.x throws from a setImmediate when a connection closes between queueing a small write and sending
 * it (exactly what a database outage does), which would end the process; and the connection it leaves is poisoned
 * (its write timer is never reset, so it never sends again). This catches that one exception, lets `replace` swap
 * in a fresh client, and keeps Node's behaviour for every other uncaught exception (print it, exit 1).
 * Returns the function that stops watching.
 */
function onPostgresJsWriteCrash(replace: () => void): () => void {
  const listener = (err: Error) => {
    if (isPostgresJsWriteCrash(err)) return replace();
    console.error(err);
    process.exit(1);
  };
  process.on('uncaughtException', listener);
  return () => process.off('uncaughtException', listener);
}

async function openPostgres(url: string, log: (msg: string) => void): Promise<Database> {
  log(`Connecting to PostgreSQL at ${redact(url)}`);
  await migrateServer(url);
  let client = postgres(url, serverClientOptions);
  let db = drizzlePostgres({ client, schema });
  let replacedAt = Number.NEGATIVE_INFINITY;
  const replaceClient = () => {
    if (performance.now() - replacedAt < 1_000) return;
    replacedAt = performance.now();
    const old = client;
    client = postgres(url, serverClientOptions);
    db = drizzlePostgres({ client, schema });
    old.end({ timeout: 0 }).catch(() => {});
  };
  const stopWatching = onPostgresJsWriteCrash(() => {
    log('postgres.js lost a connection mid-write; replacing its client (porsager/postgres#1154)');
    replaceClient();
  });
  const listeners = openListeners();
  return {
    get db() {
      return db;
    },
    driver: 'postgres',
    postgisVersion: () => postgisVersionOf(db),
    probe: (timeoutMs) => answersWithin(client`SELECT 1`, timeoutMs),
    renewConnections: replaceClient,
    listen: async (channel, onPayload, onListening) =>
      listeners.track(
        await listenOnServer(
          () => postgres(url, { ...serverClientOptions, max: 1 }),
          channel,
          onPayload,
          onListening,
        ),
      ),
    async close() {
      stopWatching();
      await listeners.stopAll();
      await client.end({ timeout: 5 });
    },
  };
}

/** Migrates on one dedicated connection holding an advisory lock, so concurrent starts do not race. */
export async function migrateServer(url: string): Promise<void> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client`SELECT pg_advisory_lock(hashtext('siaga_migrate'))`;
    await migratePostgres(drizzlePostgres({ client, schema }), { migrationsFolder });
    await client`SELECT pg_advisory_unlock(hashtext('siaga_migrate'))`;
  } finally {
    await client.end({ timeout: 5 });
  }
}

export interface PgliteSource {
  /** Folder or 'memory://'. */
  dataDir?: string;
  /** A data-folder tarball (from `dumpDataDir`) to start from instead of an empty cluster. */
  loadDataDir?: Blob;
}

/**
 * The embedded database's queue: 256 callers may wait (more than the API's busiest burst of small queries), none
 * longer than 5 s; past either bound a request gets 503 at once instead of waiting behind everyone else.
 */
const pgliteQueue = { maxWaiting: 256, maxWaitMs: 5_000 };

/** The PGlite client with every top-level query and transaction passed through the gate (see Gate). */
function gated(client: PGlite, gate: Gate): PGlite {
  const through = new Set<PropertyKey>(['query', 'exec', 'transaction']);
  return new Proxy(client, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      const bound = (value as (...args: unknown[]) => unknown).bind(target);
      return through.has(prop) ? (...args: unknown[]) => gate.run(async () => bound(...args)) : bound;
    },
  });
}

/** Opens PGlite with PostGIS and applies migrations (a no-op when the tarball already has them). */
export async function openPglite(source: PgliteSource, log: (msg: string) => void): Promise<Database> {
  return (await openPgliteClient(source, log)).database;
}

/** As `openPglite`, also handing out the PGlite client (the test template dumps its data folder). */
export async function openPgliteClient(
  source: PgliteSource,
  log: (msg: string) => void,
): Promise<{ client: PGlite; database: Database }> {
  const { dataDir, loadDataDir } = source;
  const inMemory = dataDir === undefined || dataDir.startsWith('memory://');
  if (!inMemory && dataDir) mkdirSync(dataDir, { recursive: true });
  const firstOpen = !loadDataDir && (inMemory || !existsSync(join(dataDir ?? '', 'PG_VERSION')));
  log(
    firstOpen
      ? `Creating the PGlite database with PostGIS${inMemory ? ' in memory' : ` in ${dataDir}`}; the first start takes about 10 s`
      : `Opening the PGlite database${inMemory ? '' : ` in ${dataDir}`}`,
  );
  const started = Date.now();
  const client = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(loadDataDir ? { loadDataDir } : {}),
    extensions: { postgis },
  });
  const gate = new Gate(pgliteQueue);
  const db = drizzlePglite({ client: gated(client, gate), schema });
  await migratePglite(db, { migrationsFolder });
  log(`PGlite ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const database: Database = {
    db,
    driver: 'pglite',
    postgisVersion: () => postgisVersionOf(db),
    renewConnections: () => {},
    listen: (channel, onPayload, onListening) => listenEmbedded(client, channel, onPayload, onListening),
    probe: async (timeoutMs) => {
      if (client.closed) return false;
      const { runningForMs } = gate.state();
      if (runningForMs !== null) return runningForMs < timeoutMs;
      return answersWithin(db.execute(sql`SELECT 1`), timeoutMs);
    },
    close: () => client.close(),
  };
  return { client, database };
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
