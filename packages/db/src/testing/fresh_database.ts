import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PGliteOptions } from '@electric-sql/pglite';
import postgres from 'postgres';
import type { Database } from '../database.ts';
import { openDatabase, openPglite } from '../open_database.ts';
import { ensurePgliteTemplate, ensureServerTemplate, withDatabaseName } from './template.ts';

type WasmModule = NonNullable<PGliteOptions['pgliteWasmModule']>;
/** The project's lib (ES2023, no DOM) has no WebAssembly typings; Node has the global. */
const wasm = (globalThis as unknown as { WebAssembly: { compile(bytes: Uint8Array): Promise<WasmModule> } })
  .WebAssembly;

let pgliteTemplate: Promise<{ tarball: Blob; wasmModule: WasmModule }> | undefined;

async function loadTemplate(): Promise<{ tarball: Blob; wasmModule: WasmModule }> {
  const path = await ensurePgliteTemplate();
  const wasmPath = join(
    dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite')),
    'pglite.wasm',
  );
  const [tarball, wasmModule] = await Promise.all([
    readFile(path).then((bytes) => new Blob([bytes])),
    readFile(wasmPath).then((bytes) => wasm.compile(bytes)),
  ]);
  return { tarball, wasmModule };
}

/**
 * A new, empty, migrated database, for one test file or one test. With DATABASE_URL set: a new database on
 * that server copied from a migrated template, dropped on close. Otherwise: an in-memory PGlite restored from a
 * migrated template tarball.
 *
 * @example
 * let database: Database;
 * beforeAll(async () => { database = await freshDatabase(); });
 * afterAll(() => database.close());
 */
export async function freshDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  return url ? freshServerDatabase(url) : freshPgliteDatabase();
}

async function freshPgliteDatabase(): Promise<Database> {
  pgliteTemplate ??= loadTemplate();
  const { tarball, wasmModule } = await pgliteTemplate;
  return openPglite({ loadDataDir: tarball, wasmModule }, () => {});
}

async function freshServerDatabase(url: string): Promise<Database> {
  const template = await ensureServerTemplate(url);
  const name = `siaga_test_${process.pid}_${randomBytes(6).toString('hex')}`;
  await onServer(url, (admin) => admin.unsafe(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  const database = await openDatabase({ databaseUrl: withDatabaseName(url, name) });
  return {
    ...database,
    async close() {
      await database.close();
      await onServer(url, (admin) => admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

async function onServer(url: string, run: (admin: postgres.Sql) => Promise<unknown>): Promise<void> {
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await run(admin);
  } finally {
    await admin.end({ timeout: 5 });
  }
}
