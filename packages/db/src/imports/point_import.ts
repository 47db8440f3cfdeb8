import { CacheCreate, PostCreate } from '@siaga/schema';
import { sql } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { SiagaDb } from '../database.ts';
import { executeRows } from '../execute_rows.ts';
import { caches } from '../repositories/caches.ts';
import { posts } from '../repositories/posts.ts';
import { usableGeometries } from './check_geometries.ts';
import { findColumn, readCsvTable } from './csv_table.ts';
import type { ImportNotes } from './import_notes.ts';
import { cacheFields, type FieldRead, postFields } from './point_fields.ts';
import type { FileFeature } from './read_features_file.ts';

/** A post or cache row of the file: its point and properties as the file names them. */
export interface PointRow {
  row: number;
  geometry: unknown;
  properties: Record<string, unknown>;
}

const isLon = (h: string) => /^(bujur|lon|lng|long|longitude|x|koordinat_x)$/.test(h);
const isLat = (h: string) => /^(lintang|lat|latitude|y|koordinat_y)$/.test(h);

/** A coordinate cell: "115.09" or, with a decimal comma, "115,09" (repaired). */
function coordinate(raw: string): { value: number; repaired?: string } | null {
  const t = raw.trim();
  if (/^-?\d+(\.\d+)?$/.test(t)) return { value: Number(t) };
  if (/^-?\d+,\d+$/.test(t))
    return { value: Number(t.replace(',', '.')), repaired: `decimal comma in "${t}"` };
  return null;
}

/** Rows of a CSV of points: longitude and latitude columns (bujur/lintang, lon/lat, x/y) and properties. */
export function pointRowsOfCsv(
  bytes: Uint8Array,
  file: string,
  notes: ImportNotes,
): { rows: PointRow[]; lines: number } {
  const { headers, rows } = readCsvTable(bytes, file, notes);
  const lon = findColumn(headers, isLon);
  const lat = findColumn(headers, isLat);
  if (lon === null || lat === null) {
    notes.refuse(
      null,
      `no longitude and latitude columns (bujur/lintang, lon/lat or x/y; found: ${headers.join(', ')})`,
    );
    return { rows: [], lines: rows.length };
  }
  const out: PointRow[] = [];
  for (const r of rows) {
    const x = coordinate(r.cells[lon] ?? '');
    const y = coordinate(r.cells[lat] ?? '');
    if (x === null || y === null) {
      notes.refuse(r.line, `no readable ${x === null ? lon : lat}`);
      continue;
    }
    for (const c of [x, y]) if (c.repaired) notes.repair(r.line, c.repaired);
    if (Math.abs(x.value) > 180 || Math.abs(y.value) > 90) {
      notes.refuse(r.line, `${x.value}, ${y.value} are not degrees of longitude and latitude`);
      continue;
    }
    out.push({
      row: r.line,
      geometry: { type: 'Point', coordinates: [x.value, y.value] },
      properties: r.cells,
    });
  }
  return { rows: out, lines: rows.length };
}

export const pointRowsOfFeatures = (features: FileFeature[]): PointRow[] =>
  features.map((f) => ({ row: f.row, geometry: f.geometry, properties: f.properties }));

/** The create-schema properties of a row's fields, noting repairs; null (refused, noted) when a field is wrong. */
function propertiesOf(
  row: number,
  fields: Record<string, FieldRead>,
  notes: ImportNotes,
): Record<string, unknown> | null {
  const errors = Object.entries(fields).flatMap(([k, f]) => (f.error ? [`${k}: ${f.error}`] : []));
  if (errors.length > 0) {
    notes.refuse(row, errors.join('; '));
    return null;
  }
  for (const f of Object.values(fields)) if (f.repaired) notes.repair(row, f.repaired);
  return Object.fromEntries(
    Object.entries(fields).flatMap(([k, f]) => (f.value === undefined ? [] : [[k, f.value]])),
  );
}

const key = (name: unknown) =>
  String(name ?? '')
    .trim()
    .toLowerCase();

/** Names already used in a table: a second import of the same list must not double every post. */
async function namesIn(db: SiagaDb, table: 'posts' | 'caches'): Promise<Map<string, string>> {
  const rows = await executeRows<{ id: string; name: string }>(
    db,
    sql`SELECT id, name FROM ${sql.identifier(table)}`,
  );
  return new Map(rows.map((r) => [key(r.name), r.id]));
}

function refuseDuplicates<T extends { row: number; name: unknown }>(
  rows: T[],
  stored: Map<string, string>,
  notes: ImportNotes,
): T[] {
  const first = new Map<string, number>();
  return rows.filter((r) => {
    const k = key(r.name);
    if (stored.has(k)) {
      notes.refuse(r.row, `"${r.name}" already exists (a second import of the same list?)`);
      return false;
    }
    const seen = first.get(k);
    if (seen !== undefined) {
      notes.refuse(r.row, `"${r.name}" is also row ${seen}`);
      return false;
    }
    first.set(k, r.row);
    return true;
  });
}

type SafeParse<T> = (
  v: unknown,
) =>
  | { success: true; data: T }
  | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };

function parsed<T>(
  safeParse: SafeParse<T>,
  row: PointRow,
  properties: Record<string, unknown>,
  notes: ImportNotes,
): T | null {
  const result = safeParse({ type: 'Feature', geometry: row.geometry, properties });
  if (result.success) return result.data;
  notes.refuse(
    row.row,
    result.error.issues.map((i) => `${i.path.slice(1).join('.')}: ${i.message}`).join('; '),
  );
  return null;
}

/** Validates, matches and creates the posts of the file; answers how many were created. */
export async function writePosts(
  db: SiagaDb,
  rows: PointRow[],
  notes: ImportNotes,
  actor: Actor,
): Promise<number> {
  const candidates = rows.flatMap((r) => {
    const properties = propertiesOf(r.row, postFields(r.properties), notes);
    const post = properties && parsed((v) => PostCreate.safeParse(v), r, properties, notes);
    return post ? [{ row: r.row, geometry: post.geometry, name: post.properties.name, post }] : [];
  });
  const fresh = refuseDuplicates(candidates, await namesIn(db, 'posts'), notes);
  const usable = await usableGeometries(db, 'point', fresh, notes);
  return (
    await posts.create(
      db,
      usable.map((u) => u.post),
      actor,
    )
  ).length;
}

/** Validates, matches (its post by name) and creates the caches of the file with their stock. */
export async function writeCaches(
  db: SiagaDb,
  rows: PointRow[],
  notes: ImportNotes,
  actor: Actor,
): Promise<number> {
  const postIds = await namesIn(db, 'posts');
  const candidates = rows.flatMap((r) => {
    const { fields, post } = cacheFields(r.properties);
    const properties = propertiesOf(r.row, fields, notes);
    if (properties === null) return [];
    const postId = post === null ? null : (postIds.get(key(post)) ?? null);
    if (post !== null && postId === null) {
      notes.refuse(r.row, `no post named "${post}"`);
      return [];
    }
    const cache = parsed((v) => CacheCreate.safeParse(v), r, { ...properties, postId }, notes);
    return cache ? [{ row: r.row, geometry: cache.geometry, name: cache.properties.name, cache }] : [];
  });
  const fresh = refuseDuplicates(candidates, await namesIn(db, 'caches'), notes);
  const usable = await usableGeometries(db, 'point', fresh, notes);
  return (
    await caches.create(
      db,
      usable.map((u) => u.cache),
      actor,
    )
  ).length;
}
