import { type ErrorIssue, SiagaError } from '@siaga/schema';
import { type SQL, sql } from 'drizzle-orm';
import type { SiagaDb } from '../database.ts';
import { executeRows } from '../execute_rows.ts';
import { reasonInWords } from './reason_in_words.ts';

/**
 * What a column stores: points, lines (LineString), areas (MultiPolygon; a Polygon is promoted), or `any` of
 * the three (road closures), each kept in its own family.
 */
export type GeometryKind = 'point' | 'line' | 'area' | 'any';

export interface GeometryInput {
  geometry: unknown;
  /** Where the geometry sits in the caller's input, for error details (e.g. features.3.geometry). */
  path: string;
}

/** A repair may change the area (polygons) or length (lines) by less than this share. */
export const MAX_REPAIR_CHANGE = 0.005;

const expectedTypes: Record<GeometryKind, readonly string[]> = {
  point: ['POINT'],
  line: ['LINESTRING'],
  area: ['POLYGON', 'MULTIPOLYGON'],
  any: ['POINT', 'LINESTRING', 'POLYGON', 'MULTIPOLYGON'],
};
const typeWords: Record<GeometryKind, string> = {
  point: 'a Point',
  line: 'a LineString',
  area: 'a Polygon or MultiPolygon',
  any: 'a Point, LineString, Polygon or MultiPolygon',
};
/** ST_CollectionExtract type number keeping the same dimension (`any`: the input's own). */
const extractType: Record<GeometryKind, string> = {
  point: '1',
  line: '2',
  area: '3',
  any: 'ST_Dimension(g) + 1',
};
const family = (type: string | null) => (type === 'MULTIPOLYGON' ? 'POLYGON' : type);

interface CheckedRow extends Record<string, unknown> {
  ord: number;
  in_type: string;
  valid: boolean;
  reason: string | null;
  out_type: string | null;
  out_empty: boolean | null;
  measure_in: number;
  measure_out: number | null;
  xmin: number;
  xmax: number;
  ymin: number;
  ymax: number;
  ewkb: string | null;
}

/**
 * Checks every geometry in PostGIS and returns SQL expressions that insert them (SRID 4326, Z dropped, areas
 * as MultiPolygon). An invalid geometry is repaired with ST_MakeValid only when the result keeps the same type
 * family and its area (polygons) or length (lines) changes by less than 0.5 %; otherwise, or for coordinates
 * out of range, throws SiagaError('invalid_geometry') naming every bad input. The check runs in a savepoint so a
 * PostGIS parse error does not abort the caller's transaction.
 */
export async function prepareGeometries(
  db: SiagaDb,
  kind: GeometryKind,
  inputs: GeometryInput[],
): Promise<SQL[]> {
  if (inputs.length === 0) return [];
  let rows: CheckedRow[];
  try {
    rows = await checkInSavepoint(
      db,
      kind,
      inputs.map((i) => i.geometry),
    );
  } catch {
    rows = await checkOneByOne(db, kind, inputs);
  }
  const issues: ErrorIssue[] = [];
  const out: SQL[] = [];
  for (const [index, input] of inputs.entries()) {
    const row = rows.find((r) => r.ord === index + 1);
    const problem = row ? problemOf(kind, row) : 'PostGIS could not read this geometry';
    if (problem || !row?.ewkb) {
      issues.push({ path: input.path, message: problem ?? 'PostGIS could not read this geometry' });
      continue;
    }
    out.push(sql`ST_GeomFromEWKB(decode(${row.ewkb}, 'hex'))`);
  }
  if (issues.length > 0) {
    const first = issues[0];
    const summary = issues.length === 1 && first ? first.message : `${issues.length} geometries are invalid`;
    throw new SiagaError('invalid_geometry', `Invalid geometry: ${summary}`, issues);
  }
  return out;
}

function problemOf(kind: GeometryKind, row: CheckedRow): string | null {
  if (row.xmin < -180 || row.xmax > 180 || row.ymin < -90 || row.ymax > 90) {
    return 'coordinates must be longitude -180..180 and latitude -90..90';
  }
  if (!expectedTypes[kind].includes(row.in_type)) return `expected ${typeWords[kind]}, got ${row.in_type}`;
  if (row.valid) return null;
  const why = reasonInWords(row.reason ?? 'invalid');
  const familyKept = kind !== 'any' || family(row.out_type) === family(row.in_type);
  if (
    row.out_empty !== false ||
    !row.out_type ||
    !expectedTypes[kind].includes(row.out_type) ||
    !familyKept
  ) {
    return `${why}; it cannot be repaired into ${typeWords[kind]}`;
  }
  const before = Math.abs(row.measure_in);
  const after = Math.abs(row.measure_out ?? 0);
  const change = before > 0 ? Math.abs(after - before) / before : Number.POSITIVE_INFINITY;
  if (change >= MAX_REPAIR_CHANGE) {
    const what = family(row.in_type) === 'POLYGON' ? 'area' : 'length';
    const amount = Number.isFinite(change) ? `${(change * 100).toFixed(1)} %` : 'more than it has';
    return `${why}; repairing it would change its ${what} by ${amount} (at most 0.5 % is accepted)`;
  }
  return null;
}

function checkInSavepoint(db: SiagaDb, kind: GeometryKind, geometries: unknown[]): Promise<CheckedRow[]> {
  return db.transaction((tx) => executeRows<CheckedRow>(tx, checkSql(kind, geometries)));
}

/** Fallback when PostGIS rejects the batch: find which geometries it cannot parse. */
async function checkOneByOne(
  db: SiagaDb,
  kind: GeometryKind,
  inputs: GeometryInput[],
): Promise<CheckedRow[]> {
  const rows: CheckedRow[] = [];
  for (const [index, input] of inputs.entries()) {
    try {
      const [row] = await checkInSavepoint(db, kind, [input.geometry]);
      if (row) rows.push({ ...row, ord: index + 1 });
    } catch {
      // PostGIS could not parse this one; it is reported by the caller as unreadable.
    }
  }
  return rows;
}

function checkSql(kind: GeometryKind, geometries: unknown[]): SQL {
  const measure = (g: 'g' | 'fixed') =>
    sql.raw(
      kind === 'any'
        ? `CASE WHEN ST_Dimension(${g}) = 2 THEN ST_Area(${g}) ELSE ST_Length(${g}) END`
        : `${kind === 'area' ? 'ST_Area' : 'ST_Length'}(${g})`,
    );
  const stored = {
    area: sql.raw('ST_Multi(fixed)'),
    any: sql.raw('CASE WHEN ST_Dimension(fixed) = 2 THEN ST_Multi(fixed) ELSE fixed END'),
    point: sql.raw('fixed'),
    line: sql.raw('fixed'),
  }[kind];
  // MATERIALIZED: inlined, each CTE column is an expression PostgreSQL computes again wherever it is used (the
  // GeoJSON parsed and ST_IsValid run several times per row), about 8x slower on the seed's boundaries.
  return sql`
    WITH input AS MATERIALIZED (
      SELECT ord::int AS ord, ST_Force2D(ST_SetSRID(ST_GeomFromGeoJSON(value::text), 4326)) AS g
      FROM jsonb_array_elements(${JSON.stringify(geometries)}::jsonb) WITH ORDINALITY AS t(value, ord)
    ), checked AS MATERIALIZED (
      SELECT ord, g, ST_IsValid(g) AS valid FROM input
    ), repaired AS MATERIALIZED (
      SELECT ord, g, valid,
        CASE WHEN valid THEN g ELSE ST_CollectionExtract(ST_MakeValid(g), ${sql.raw(extractType[kind])}) END AS fixed
      FROM checked
    )
    SELECT ord,
      upper(GeometryType(g)) AS in_type,
      valid,
      CASE WHEN valid THEN NULL ELSE ST_IsValidReason(g) END AS reason,
      upper(GeometryType(fixed)) AS out_type,
      ST_IsEmpty(fixed) AS out_empty,
      (${measure('g')})::float8 AS measure_in,
      (${measure('fixed')})::float8 AS measure_out,
      ST_XMin(g)::float8 AS xmin, ST_XMax(g)::float8 AS xmax, ST_YMin(g)::float8 AS ymin, ST_YMax(g)::float8 AS ymax,
      encode(ST_AsEWKB(${stored}), 'hex') AS ewkb
    FROM repaired
    ORDER BY ord`;
}
