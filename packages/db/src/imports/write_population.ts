import { sql } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { SiagaDb } from '../database.ts';
import { executeRows } from '../execute_rows.ts';
import { recordAudit } from '../repositories/audit.ts';
import { chunks } from '../repositories/shared.ts';
import type { AreaPopulation, StoredArea } from './plan_population.ts';

/** Every admin area without its geometry, as the population import matches against. */
export async function storedAreas(db: SiagaDb): Promise<StoredArea[]> {
  return executeRows<StoredArea & Record<string, unknown>>(
    db,
    sql`SELECT code, level, parent_code AS "parentCode", name, population, population_year AS "populationYear",
          bps_code AS "bpsCode"
        FROM admin_areas ORDER BY code`,
  );
}

/**
 * Writes populations (and BPS codes and years where given; otherwise the stored ones stay) with one audit entry
 * naming the file and the codes; the caller's transaction holds it together with the reading.
 */
export async function writePopulations(
  db: SiagaDb,
  updates: AreaPopulation[],
  actor: Actor,
  file: string,
): Promise<void> {
  for (const chunk of chunks(updates, 200)) {
    const values = chunk.map(
      (u) => sql`(${u.code}, ${u.population}::int, ${u.populationYear}::int, ${u.bpsCode}::text)`,
    );
    await db.execute(sql`
      UPDATE admin_areas a
      SET population = v.population, population_year = COALESCE(v.year, a.population_year),
        bps_code = COALESCE(v.bps, a.bps_code),
        updated_at = GREATEST(now(), a.updated_at + interval '1 millisecond')
      FROM (VALUES ${sql.join(values, sql`, `)}) AS v(code, population, year, bps)
      WHERE a.code = v.code`);
  }
  await recordAudit(db, actor, [
    {
      entity: 'admin_area',
      entityId: '*',
      action: 'import',
      after: { kind: 'population', file, areas: updates.map((u) => u.code) },
    },
  ]);
}
