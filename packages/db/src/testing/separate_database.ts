import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import type { Database } from '../database.ts';
import { onServer } from '../on_server.ts';
import { openDatabase, openPglite } from '../open_database.ts';
import {
  ensurePgliteTemplate,
  ensureServerTemplate,
  serverDatabasePrefix,
  withDatabaseName,
} from './template.ts';

/**
 * A second migrated, empty database beside the worker's (`freshDatabase`), for the few tests that need two at
 * once (a backup written from one and restored into the other). Slower than a lease: PGlite is restored from the
 * template tarball, or a server database is copied from the template database and dropped on close.
 *
 * @example
 * const [source, target] = [await freshDatabase(), await separateDatabase()];
 */
export async function separateDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const tarball = new Blob([await readFile(await ensurePgliteTemplate())]);
    return openPglite({ loadDataDir: tarball }, () => {});
  }
  const run = inject('siagaTestRun');
  if (!run) throw new Error('separateDatabase() on a server needs packages/db/src/testing/global_setup.ts');
  const template = await ensureServerTemplate(url);
  const name = `${serverDatabasePrefix(run)}separate_${randomBytes(6).toString('hex')}`;
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
