import { sql } from 'drizzle-orm';
import type { SiagaDb } from '../database.ts';
import { executeRows } from '../execute_rows.ts';

/**
 * Every table of the application in an order that satisfies the foreign keys (parents first). The order within
 * a table keeps self-references valid too: admin areas are written kabupaten, kecamatan, desa.
 */
export const BACKUP_TABLES: { name: string; orderBy: string }[] = [
  { name: 'users', orderBy: 'created_at, id' },
  { name: 'sessions', orderBy: 'created_at, token_hash' },
  { name: 'api_tokens', orderBy: 'created_at, id' },
  { name: 'rate_limits', orderBy: 'key' },
  { name: 'admin_areas', orderBy: "array_position(ARRAY['kabupaten','kecamatan','desa'], level), code" },
  { name: 'posts', orderBy: 'id' },
  { name: 'caches', orderBy: 'id' },
  { name: 'cache_items', orderBy: 'id' },
  { name: 'hazard_zones', orderBy: 'id' },
  { name: 'incidents', orderBy: 'id' },
  { name: 'units', orderBy: 'id' },
  { name: 'assignments', orderBy: 'id' },
  { name: 'incident_events', orderBy: 'id' },
  { name: 'road_closures', orderBy: 'id' },
  { name: 'scenarios', orderBy: 'id' },
  { name: 'roads', orderBy: 'id' },
  { name: 'basemap_features', orderBy: 'id' },
  { name: 'seed_runs', orderBy: 'loaded_at, id' },
  { name: 'audit_log', orderBy: 'id' },
];

/** Tables whose `id` comes from a sequence: restore moves the sequence past the restored ids. */
export const SERIAL_TABLES = ['audit_log', 'incident_events'] as const;

export interface TableColumns {
  columns: string[];
  /** PostGIS columns: written as hex EWKB, which reads back bit for bit (GeoJSON would round). */
  geometry: string[];
}

/** The columns of a table as the database has them now. */
export async function columnsOf(db: SiagaDb, table: string): Promise<TableColumns> {
  const rows = await executeRows<{ column_name: string; udt_name: string }>(
    db,
    sql`SELECT column_name, udt_name FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = ${table} ORDER BY ordinal_position`,
  );
  return {
    columns: rows.map((r) => r.column_name),
    geometry: rows.filter((r) => r.udt_name === 'geometry').map((r) => r.column_name),
  };
}

/** A quoted SQL identifier (the names come from BACKUP_TABLES and the catalogue, never from input). */
export function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
