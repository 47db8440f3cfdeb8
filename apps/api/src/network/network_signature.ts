import { executeRows, type SiagaDb } from '@siaga/db';
import { sql } from 'drizzle-orm';

/** What the in-memory network was built from: one string per input, equal strings mean nothing changed. */
export interface NetworkSignature {
  roads: string;
  /** Admin areas and hazard zones: the study area and the coverage model depend on them. */
  areas: string;
}

interface Row extends Record<string, unknown> {
  name: string;
  n: string | number;
  t: string | null;
  h: string | number | null;
}

/**
 * Row count, latest updated_at and a sum of id hashes per table, in one round trip. The count catches deletes,
 * updated_at catches edits, and the id hash catches a delete plus an insert in one transaction whose timestamp is
 * older than the newest row (now() is the transaction's start time).
 */
export async function readSignature(db: SiagaDb): Promise<NetworkSignature> {
  const rows = await executeRows<Row>(
    db,
    sql`SELECT 'roads' AS name, count(*) AS n, max(updated_at)::text AS t, sum(hashtext(id::text)::bigint) AS h FROM roads
        UNION ALL
        SELECT 'admin_areas', count(*), max(updated_at)::text, sum(hashtext(id::text)::bigint) FROM admin_areas
        UNION ALL
        SELECT 'hazard_zones', count(*), max(updated_at)::text, sum(hashtext(id::text)::bigint) FROM hazard_zones`,
  );
  const part = (name: string) => {
    const row = rows.find((r) => r.name === name);
    return row === undefined ? `${name}:none` : `${name}:${row.n}:${row.t ?? ''}:${row.h ?? 0}`;
  };
  return { roads: part('roads'), areas: `${part('admin_areas')}|${part('hazard_zones')}` };
}
