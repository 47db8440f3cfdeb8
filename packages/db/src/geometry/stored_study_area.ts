import { type OutlinePolygons, type StudyArea, studyAreaOf } from '@siaga/geo';
import { sql } from 'drizzle-orm';
import type { SiagaDb } from '../database.ts';
import { executeRows } from '../execute_rows.ts';

/**
 * The study area of what is stored (@siaga/geo's rule): the kabupaten outline(s), else the roads' extent; null
 * while neither is stored. Read in the caller's transaction, so an import sees the areas as it writes.
 *
 * @example const area = await storedStudyArea(tx); area?.contains([115.09, -8.11])
 */
export async function storedStudyArea(db: SiagaDb): Promise<StudyArea | null> {
  const [row] = await executeRows<{
    outline: string | null;
    xmin: number | null;
    ymin: number | null;
    xmax: number | null;
    ymax: number | null;
  }>(
    db,
    sql`SELECT
          (SELECT ST_AsGeoJSON(ST_Multi(ST_Union(geom))) FROM admin_areas WHERE level = 'kabupaten') AS outline,
          ST_XMin(e)::float8 AS xmin, ST_YMin(e)::float8 AS ymin, ST_XMax(e)::float8 AS xmax, ST_YMax(e)::float8 AS ymax
        FROM (SELECT ST_Extent(geom) AS e FROM roads) r`,
  );
  const outline: OutlinePolygons = row?.outline
    ? (JSON.parse(row.outline) as { coordinates: OutlinePolygons }).coordinates
    : [];
  const { xmin, ymin, xmax, ymax } = row ?? {};
  const roads =
    xmin != null && ymin != null && xmax != null && ymax != null
      ? ([xmin, ymin, xmax, ymax] as [number, number, number, number])
      : null;
  return studyAreaOf(outline, roads);
}
