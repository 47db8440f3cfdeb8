import { outsideStudyArea, type PlainGeometry, STUDY_AREA_MARGIN_M } from '@siaga/geo';
import { SiagaError } from '@siaga/schema';
import { sql } from 'drizzle-orm';
import type { SiagaDb } from '../database.ts';
import { executeRows } from '../execute_rows.ts';
import { type GeometryKind, prepareGeometries } from '../geometry/prepare_geometries.ts';
import { storedStudyArea } from '../geometry/stored_study_area.ts';
import type { ImportNotes } from './import_notes.ts';

/** A row about to be written: its row number and geometry (WGS 84). */
export interface GeometryRow {
  row: number;
  geometry: unknown;
}

/**
 * Runs the geometries through the one geometry write path (PostGIS check, safe repair) and the study area
 * (@siaga/geo's rule, the API's own: within 2 km of the stored kabupaten, else of the roads' extent): answers the
 * rows that can be written. A geometry PostGIS cannot take, or one outside the study area (a file of another
 * kabupaten, a point at [0, 0]), is refused; one repaired on the way is noted. Nothing is held to an area while
 * neither a kabupaten nor a road is stored.
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
  const area = await storedStudyArea(db);
  const geometries = JSON.stringify(checked.map((r) => r.geometry));
  const valid = await executeRows<{ ord: number; valid: boolean }>(
    db,
    sql`SELECT ord::int AS ord, ST_IsValid(ST_SetSRID(ST_GeomFromGeoJSON(value::text), 4326)) AS valid
        FROM jsonb_array_elements(${geometries}::jsonb) WITH ORDINALITY AS t(value, ord) ORDER BY ord`,
  );
  const where = area?.source === 'kabupaten' ? 'the stored kabupaten' : "the stored roads' extent";
  return checked.filter((r, i) => {
    const outside = area === null ? null : outsideStudyArea(area, r.geometry as PlainGeometry);
    if (outside !== null) {
      notes.refuse(
        r.row,
        `${outside}: more than ${STUDY_AREA_MARGIN_M / 1000} km from ${where} (a file of another kabupaten?)`,
      );
      return false;
    }
    if (valid[i]?.valid === false)
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
