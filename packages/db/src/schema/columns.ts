import { type SQL, sql } from 'drizzle-orm';
import { customType, integer, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Primary key: a client-supplied UUID when given (stable ids for seeds and offline edits), else generated. */
export const id = () => uuid('id').primaryKey().defaultRandom();

export const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
};

/**
 * A typed PostGIS geometry column in WGS84. Also used for points: drizzle's own `geometry({ type: 'point',
 * srid })` emits `geometry(point)` without the SRID (drizzle-orm 0.45), which would let any SRID in.
 * The repositories never read the column raw (they select ST_AsGeoJSON) and write it through
 * `prepareGeometries`, so the driver value stays opaque.
 */
const geometryOf = (geometryType: 'Point' | 'LineString' | 'MultiPolygon' | 'Geometry') =>
  customType<{ data: string; driverData: string }>({
    dataType: () => `geometry(${geometryType},4326)`,
  });

export const pointGeometry = (name: string) => geometryOf('Point')(name);
export const lineStringGeometry = (name: string) => geometryOf('LineString')(name);
export const multiPolygonGeometry = (name: string) => geometryOf('MultiPolygon')(name);
/** A point, line or (multi)polygon in one column (stored road closures). */
export const anyGeometry = (name: string) => geometryOf('Geometry')(name);

/** `column IN ('a', 'b', …)` for a CHECK constraint mirroring a zod enum (values are our own constants). */
export function oneOf(column: SQL | { name: string }, values: readonly string[]): SQL {
  const list = sql.raw(values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', '));
  return sql`${column} IN (${list})`;
}

/** The database's own backstop against out-of-range coordinates (the zod schemas catch them first). */
export function inWgs84Range(column: { name: string }): SQL {
  return sql`ST_XMin(${column}) >= -180 AND ST_XMax(${column}) <= 180 AND ST_YMin(${column}) >= -90 AND ST_YMax(${column}) <= 90`;
}

/** The row's version for If-Match: 1 on insert, bumped by every update in the same statement. */
export const version = () => integer('version').notNull().default(1);

/**
 * A text column typed by a zod enum, so reads give the enum's type without casts (the CHECK constraint beside
 * it holds the values in the database).
 *
 * @example kind: enumText('kind', PostKind).notNull()
 */
export function enumText<T extends string>(name: string, values: { options: T[] } | readonly [T, ...T[]]) {
  const list = 'options' in values ? values.options : values;
  const [first, ...rest] = list;
  if (first === undefined) throw new Error(`enumText(${name}): no values`);
  return text(name, { enum: [first, ...rest] });
}
