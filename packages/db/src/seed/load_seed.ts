import { join } from 'node:path';
import { SiagaError } from '@siaga/schema';
import { count, sql } from 'drizzle-orm';
import { systemActor } from '../actor.ts';
import type { Database, SiagaDb } from '../database.ts';
import { repoRoot } from '../paths.ts';
import { adminAreas } from '../repositories/admin_areas.ts';
import { basemapFeatures } from '../repositories/basemap_features.ts';
import { caches } from '../repositories/caches.ts';
import { hazardZones } from '../repositories/hazard_zones.ts';
import { incidents } from '../repositories/incidents.ts';
import { posts } from '../repositories/posts.ts';
import { roads } from '../repositories/roads.ts';
import { units } from '../repositories/units.ts';
import * as tables from '../schema/index.ts';
import { readSeedFiles } from './read_seed_files.ts';

export interface LoadSeedOptions {
  /** Folder with the seed files; default <repo>/data. */
  dir?: string;
  log?: (msg: string) => void;
}

const counted = {
  admin_areas: tables.adminAreas,
  posts: tables.posts,
  caches: tables.caches,
  cache_items: tables.cacheItems,
  hazard_zones: tables.hazardZones,
  incidents: tables.incidents,
  roads: tables.roads,
  units: tables.units,
  basemap_features: tables.basemapFeatures,
};

async function countsOf(db: SiagaDb): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [name, table] of Object.entries(counted)) {
    const [row] = await db.select({ n: count() }).from(table);
    out[name] = row?.n ?? 0;
  }
  return out;
}

/**
 * Loads the demo seed into an empty database in one transaction, in dependency order, and records the run in
 * seed_runs. Does nothing when a seed run is recorded or any seeded table already has rows (a user's data is
 * never mixed with the demo). Files are validated with the @siaga/schema create schemas before anything is written.
 *
 * @example
 * const { loaded, counts } = await loadSeedIfEmpty(database, { log: console.log });
 */
export async function loadSeedIfEmpty(
  database: Database,
  opts: LoadSeedOptions = {},
): Promise<{ loaded: boolean; counts: Record<string, number> }> {
  const log = opts.log ?? (() => {});
  const dir = opts.dir ?? join(repoRoot, 'data');
  const seed = readSeedFiles(dir);
  if (seed.filesRead.length === 0) throw new SiagaError('not_found', `No seed files in ${dir}`);
  return database.db.transaction(async (tx) => {
    // Two processes starting at once must not both load: the second waits here, then sees the first's run.
    await tx.execute(sql`LOCK TABLE ${tables.seedRuns} IN EXCLUSIVE MODE`);
    const [run] = await tx.select({ n: count() }).from(tables.seedRuns);
    const before = await countsOf(tx);
    if ((run?.n ?? 0) > 0) {
      log('Seed already loaded; nothing to do');
      return { loaded: false, counts: before };
    }
    const filled = Object.entries(before).filter(([, n]) => n > 0);
    if (filled.length > 0) {
      log(
        `Database already holds data (${filled.map(([t, n]) => `${t}: ${n}`).join(', ')}); seed not loaded`,
      );
      return { loaded: false, counts: before };
    }
    const actor = systemActor('seed');
    log(`Loading the demo seed from ${dir} (${seed.filesRead.join(', ')})`);
    await adminAreas.create(tx, seed.adminAreas, actor);
    await posts.create(tx, seed.posts, actor);
    await caches.create(tx, seed.caches, actor);
    await hazardZones.create(tx, seed.hazardZones, actor);
    await incidents.create(tx, seed.incidents, actor);
    await roads.insert(tx, seed.roads, actor);
    for (const unit of seed.units) await units.create(tx, unit, actor);
    await basemapFeatures.create(tx, seed.basemapFeatures, actor);
    const counts = await countsOf(tx);
    await tx.insert(tables.seedRuns).values({ contentHash: seed.contentHash, counts });
    log(
      `Seed loaded: ${Object.entries(counts)
        .map(([t, n]) => `${t} ${n}`)
        .join(', ')}`,
    );
    return { loaded: true, counts };
  });
}
