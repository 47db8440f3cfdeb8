import { sql } from 'drizzle-orm';
import type { Database } from '../database.ts';
import { openListeners } from '../live/listen_clients.ts';
import { answersWithin, postgisVersionOf } from '../open_database.ts';
import { loadSeedIfEmpty } from '../seed/load_seed.ts';
import { emptyTables } from './empty_tables.ts';
import { restoreSnapshot, saveSnapshot } from './seed_snapshot.ts';
import { type WorkerDatabase, workerDatabase } from './worker_database.ts';

/**
 * An empty, migrated database for one test file or one test: the test worker's database (PGlite restored from
 * the migrated template, or with DATABASE_URL set a database of its own on that server), its data tables emptied
 * (`emptyTables`). `close()` ends the lease, not the database; a later `freshDatabase()` in the worker also ends
 * it, so a file never sees another file's rows and a closed handle cannot touch the next file's data.
 *
 * @example
 * let database: Database;
 * beforeAll(async () => { database = await freshDatabase(); });
 * afterAll(() => database.close());
 */
export async function freshDatabase(): Promise<Database> {
  const database = lease(await workerDatabase());
  await emptyTables(database.db);
  return database;
}

/**
 * As `freshDatabase`, holding the demo seed of data/ as `loadSeedIfEmpty` loads it. The worker loads the seed
 * once and keeps a copy beside it (`saveSnapshot`); later calls copy it back in (`restoreSnapshot`).
 */
export async function seededDatabase(): Promise<Database> {
  const worker = await workerDatabase();
  const database = lease(worker);
  if (worker.seed) {
    await restoreSnapshot(database.db, worker.seed);
  } else {
    await emptyTables(database.db);
    await loadSeedIfEmpty(database);
    worker.seed = await saveSnapshot(database.db);
  }
  return database;
}

function lease(worker: WorkerDatabase): Database {
  if (worker.lease) worker.lease.open = false;
  const state = { open: true };
  worker.lease = state;
  const db = worker.connect(() => state.open);
  const listeners = openListeners();
  return {
    db,
    driver: worker.driver,
    postgisVersion: () => postgisVersionOf(db),
    probe: async (timeoutMs) => state.open && answersWithin(db.execute(sql`SELECT 1`), timeoutMs),
    renewConnections: () => {},
    // A lease's listeners hear only its own time: they stop when it closes or the next lease takes the database.
    async listen(channel, onPayload, onListening) {
      if (!state.open) throw new Error('this test database was closed, or a later lease replaced it');
      return listeners.track(await worker.listen(channel, (p) => state.open && onPayload(p), onListening));
    },
    async close() {
      state.open = false;
      await listeners.stopAll();
    },
  };
}
