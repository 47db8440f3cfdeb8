import type { BBox } from '@siaga/schema';
import { type AnyColumn, type SQL, sql } from 'drizzle-orm';

/** Output coordinates keep 7 decimals (about 1 cm), enough for surveyed points and far less noise. */
const OUTPUT_DECIMALS = 7;

export function geoJsonOf(column: AnyColumn): SQL<string> {
  return sql<string>`ST_AsGeoJSON(${column}, ${sql.raw(String(OUTPUT_DECIMALS))})`;
}

/** Area on the WGS84 spheroid in km². */
export function areaKm2Of(column: AnyColumn): SQL<number> {
  return sql`ST_Area(${column}::geography) / 1e6`.mapWith(Number);
}

/** Length on the WGS84 spheroid in metres. */
export function lengthMOf(column: AnyColumn): SQL<number> {
  return sql`ST_Length(${column}::geography)`.mapWith(Number);
}

/** `&&` lets the planner use the GiST index; ST_Intersects then drops bounding-box-only matches. */
export function intersectsBBox(column: AnyColumn, [west, south, east, north]: BBox): SQL {
  const envelope = sql`ST_MakeEnvelope(${west}, ${south}, ${east}, ${north}, 4326)`;
  return sql`(${column} && ${envelope} AND ST_Intersects(${column}, ${envelope}))`;
}

/**
 * The new updated_at: now(), but always at least 1 ms after the previous value, because timestamps are
 * returned as ISO strings with millisecond resolution and an update must be visible as a change.
 */
export function bumpedUpdatedAt(column: AnyColumn): SQL {
  return sql`GREATEST(now(), ${column} + interval '1 millisecond')`;
}
