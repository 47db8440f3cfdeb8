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
import { defaultPgliteDir, migrationsFolder } from './paths.ts';
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

async function openPostgres(url: string, log: (msg: string) => void): Promise<Database> {
  log(`Connecting to PostgreSQL at ${redact(url)}`);
  await migrateServer(url);
  const client = postgres(url, { max: 10, onnotice: () => {} });
  const db = drizzlePostgres({ client, schema });
  return {
    db,
    driver: 'postgres',
    postgisVersion: () => postgisVersionOf(db),
    close: () => client.end({ timeout: 5 }),
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
  const db = drizzlePglite({ client, schema });
  await migratePglite(db, { migrationsFolder });
  log(`PGlite ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const database: Database = {
    db,
    driver: 'pglite',
    postgisVersion: () => postgisVersionOf(db),
    close: () => client.close(),
  };
  return { client, database };
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
