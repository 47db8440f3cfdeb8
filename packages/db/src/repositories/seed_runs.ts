import { count } from 'drizzle-orm';
import type { SiagaDb } from '../database.ts';
import { seedRuns } from '../schema/seed_runs.ts';

/**
 * True when the demo seed was loaded into this database. The seed only ever goes into an empty database, so its
 * data (demo posts, populations, hazard zones) is what reports are computed on and must say so.
 *
 * @example if (await demoSeedLoaded(db)) label = 'DATA DEMO'
 */
export async function demoSeedLoaded(db: SiagaDb): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(seedRuns);
  return (row?.n ?? 0) > 0;
}
