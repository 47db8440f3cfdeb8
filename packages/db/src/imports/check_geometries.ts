import { SiagaError } from '@siaga/schema';
import { sql } from 'drizzle-orm';
import type { SiagaDb } from '../database.ts';
import { executeRows } from '../execute_rows.ts';
import { type GeometryKind, prepareGeometries } from '../geometry/prepare_geometries.ts';
import type { ImportNotes } from './import_notes.ts';

/** A row about to be written: its row number and geometry (WGS 84). */
export interface GeometryRow {
  row: number;
  geometry: unknown;
}

/**
 * Runs the geometries through the one geometry write path (PostGIS check, safe repair) and the kabupaten:
 * answers the rows that can be written. A geometry PostGIS cannot take, or one that lies wholly outside the
 * stored kabupaten (a file of another kabupaten), is refused; one repaired on the way is noted.
 */
export async function usableGeometries<T extends GeometryRow>(
  db: SiagaDb,
  kind: GeometryKind,
  rows: T[],
  notes: ImportNotes,
): Promise<T[]> {
  if (rows.length === 0) return [];
  const checked = await refuseInvalid(db, kind, rows, notes);
  if (checked.length === 0) return [];
  const geometries = JSON.stringify(checked.map((r) => r.geometry));
  const found = await executeRows<{ ord: number; valid: boolean; inside: boolean; kabupaten: string | null }>(
    db,
    sql`WITH g AS (
          SELECT ord::int AS ord, ST_SetSRID(ST_GeomFromGeoJSON(value::text), 4326) AS g
          FROM jsonb_array_elements(${geometries}::jsonb) WITH ORDINALITY AS t(value, ord)
        ), k AS (SELECT code, name, geom FROM admin_areas WHERE level = 'kabupaten')
        SELECT g.ord, ST_IsValid(g.g) AS valid,
          EXISTS (SELECT 1 FROM k WHERE ST_Intersects(k.geom, ST_MakeValid(g.g))) AS inside,
          (SELECT string_agg(code || ' ' || name, ', ') FROM k) AS kabupaten
        FROM g ORDER BY g.ord`,
  );
  return checked.filter((r, i) => {
    const f = found[i];
    if (f && !f.inside) {
      notes.refuse(r.row, `lies outside Kabupaten ${f.kabupaten ?? ''} (a file of another kabupaten?)`);
      return false;
    }
    if (f && !f.valid)
      notes.repair(r.row, 'invalid geometry repaired (area or length changed by less than 0.5 %)');
    return true;
  });
}

async function refuseInvalid<T extends GeometryRow>(
  db: SiagaDb,
  kind: GeometryKind,
  rows: T[],
  notes: ImportNotes,
): Promise<T[]> {
  try {
    await prepareGeometries(
      db,
      kind,
      rows.map((r, i) => ({ geometry: r.geometry, path: String(i) })),
    );
    return rows;
  } catch (err) {
    if (!(err instanceof SiagaError) || err.code !== 'invalid_geometry') throw err;
    const bad = new Set<number>();
    for (const d of err.details) {
      const r = rows[Number(d.path)];
      if (r === undefined) continue;
      bad.add(Number(d.path));
      notes.refuse(r.row, `geometry: ${d.message}`);
    }
    return rows.filter((_, i) => !bad.has(i));
  }
}
