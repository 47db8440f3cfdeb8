import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { onServer } from '../on_server.ts';
import { ensureSeededPgliteTemplate, ensureServerTemplate, serverDatabasePrefix } from './template.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Names this run's worker databases on a server (`serverDatabasePrefix`). */
    siagaTestRun: string;
  }
}

/**
 * Vitest globalSetup: builds the template once per run, before any test file asks for it (PGlite: the seeded one,
 * which holds the migrated one; both are kept until their sources change). On a server,
 * each worker copies it into a database of its own; the returned teardown drops those when the run ends.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    await ensureSeededPgliteTemplate();
    return undefined;
  }
  await ensureServerTemplate(url);
  const run = `${process.pid}_${randomBytes(4).toString('hex')}`;
  project.provide('siagaTestRun', run);
  return () => dropWorkerDatabases(url, serverDatabasePrefix(run));
}

async function dropWorkerDatabases(url: string, prefix: string): Promise<void> {
  await onServer(url, async (admin) => {
    const rows = await admin<{ name: string }[]>`
      SELECT datname AS name FROM pg_database WHERE starts_with(datname, ${prefix})`;
    for (const { name } of rows) await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
}
