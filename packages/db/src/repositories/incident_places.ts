import { SiagaError } from '@siaga/schema';
import { sql } from 'drizzle-orm';
import type { SiagaDb } from '../database.ts';
import { executeRows } from '../execute_rows.ts';

/** A point this close to a desa still belongs to it: the coast of the approximate boundaries is not exact. */
export const COAST_TOLERANCE_M = 200;

export interface IncidentPlace {
  desaCode: string | null;
  kecamatanCode: string | null;
}

interface PlaceRow extends Record<string, unknown> {
  has_desa: boolean;
  code: string | null;
  parent_code: string | null;
  distance_m: number | null;
}

/**
 * The desa (and its kecamatan) holding the point, or the nearest within COAST_TOLERANCE_M. A point farther from
 * every desa lies in the sea or outside the kabupaten: refused (422 out_of_study_area). While no desa is loaded
 * (an empty database) the place is unknown and the point is taken as it is.
 */
export async function placeOfPoint(
  db: SiagaDb,
  [lon, lat]: readonly number[],
  path: string,
): Promise<IncidentPlace> {
  const point = sql`ST_SetSRID(ST_MakePoint(${lon}::float8, ${lat}::float8), 4326)`;
  const [row] = await executeRows<PlaceRow>(
    db,
    sql`SELECT EXISTS (SELECT 1 FROM admin_areas WHERE level = 'desa') AS has_desa, near.*
      FROM (SELECT 1) AS one
      LEFT JOIN LATERAL (
        SELECT code, parent_code, ST_Distance(geom::geography, ${point}::geography)::float8 AS distance_m
        FROM admin_areas
        WHERE level = 'desa' AND ST_DWithin(geom, ${point}, 0.01)
        ORDER BY ST_Distance(geom::geography, ${point}::geography), code
        LIMIT 1
      ) AS near ON true`,
  );
  if (!row?.has_desa) return { desaCode: null, kecamatanCode: null };
  const distance = row.distance_m === null ? null : Number(row.distance_m);
  if (distance === null || distance > COAST_TOLERANCE_M) {
    const how = distance === null ? 'more than 1 km' : `${Math.round(distance)} m`;
    const message = `[${lon}, ${lat}] lies in the sea or outside the stored desa: ${how} from the nearest one`;
    throw new SiagaError('out_of_study_area', message, [{ path, message }]);
  }
  return { desaCode: row.code, kecamatanCode: row.parent_code };
}
