import { SiagaError } from '@siaga/schema';
import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { SiagaDb } from '../database.ts';
import { rethrowDbError } from '../db_error.ts';
import { executeRows } from '../execute_rows.ts';
import { prepareGeometries } from '../geometry/prepare_geometries.ts';
import { recordAudit } from './audit.ts';
import { chunks } from './shared.ts';

/** A new desa boundary, matched to a stored desa by its Kemendagri code. */
export interface DesaBoundaryInput {
  code: string;
  geometry: unknown;
  /** Where it sits in the caller's input, for error details (e.g. features.3). */
  path: string;
}

export interface ReplaceDesaBoundariesOptions {
  /** Stored in `source` of every updated desa; kecamatan and kabupaten name it as the origin of their union. */
  source: string;
  /** Overwrite a desa whose boundary is already official; without it that is a conflict (409). */
  replaceOfficial?: boolean;
  /** Leave out codes no stored desa has (reported); without it they are refused (422). */
  skipUnknown?: boolean;
  /** Recorded in the audit log (one entry for the whole import, naming the codes it changed). */
  actor: Actor;
}

export interface AreaSize {
  code: string;
  name: string;
  level: 'kabupaten' | 'kecamatan';
  beforeKm2: number;
  afterKm2: number;
}

export interface ReplaceDesaBoundariesResult {
  updated: string[];
  /** Codes of the input that no stored desa has (only when skipUnknown). */
  unknown: string[];
  /** Stored desa the input did not cover: their boundary is unchanged. */
  notInInput: string[];
  /** Label points that fell outside their new boundary and were recomputed, per level. */
  labelPointsMoved: { desa: number; kecamatan: number; kabupaten: number };
  /** The recomputed kecamatan and kabupaten, before and after. */
  areas: AreaSize[];
}

interface DesaRow extends Record<string, unknown> {
  code: string;
  boundary_precision: string;
}

/**
 * Replaces desa boundaries (boundaryPrecision 'official', `source`; population, names and codes stay) and then
 * rebuilds each affected kecamatan and kabupaten as the ST_Union of its desa, all in one transaction: an invalid
 * geometry, an unknown code (unless skipUnknown) or an official boundary (unless replaceOfficial) and nothing is
 * written. A label point still inside its new boundary is kept, else it becomes ST_PointOnSurface.
 * A kecamatan or kabupaten is 'official' only when all its desa are.
 */
export async function replaceDesaBoundaries(
  db: SiagaDb,
  inputs: DesaBoundaryInput[],
  options: ReplaceDesaBoundariesOptions,
): Promise<ReplaceDesaBoundariesResult> {
  try {
    return await db.transaction(async (tx) => {
      const stored = await executeRows<DesaRow>(
        tx,
        sql`SELECT code, boundary_precision FROM admin_areas WHERE level = 'desa' ORDER BY code`,
      );
      const precision = new Map(stored.map((r) => [r.code, r.boundary_precision]));
      const unknown = inputs.filter((i) => !precision.has(i.code));
      if (unknown.length > 0 && options.skipUnknown !== true) {
        throw new SiagaError(
          'validation_failed',
          `${unknown.length} desa code(s) are not in the database (${unknown
            .slice(0, 5)
            .map((u) => u.code)
            .join(', ')}${unknown.length > 5 ? ', …' : ''}); fix the codes or skip them with --skip-unknown`,
          unknown.map((u) => ({ path: `${u.path}.code`, message: `no desa with code ${u.code}` })),
        );
      }
      const known = inputs.filter((i) => precision.has(i.code));
      const official = known.filter((i) => precision.get(i.code) === 'official');
      if (official.length > 0 && options.replaceOfficial !== true) {
        throw new SiagaError(
          'conflict',
          `${official.length} desa already have an official boundary; re-import with --replace-geometry to overwrite them`,
          official.map((o) => ({ path: `${o.path}.code`, message: `desa ${o.code} is already official` })),
        );
      }
      const geoms = await prepareGeometries(
        tx,
        'area',
        known.map((k) => ({ geometry: k.geometry, path: `${k.path}.geometry` })),
      );
      const kecamatan = await parentsOf(
        tx,
        known.map((k) => k.code),
      );
      const kabupaten = await parentsOf(tx, kecamatan);
      const before = await sizesOf(tx, [...kabupaten, ...kecamatan]);

      for (const chunk of chunks(
        known.map((k, i) => sql`(${k.code}, ${geoms[i] as SQL})`),
        100,
      )) {
        await tx.execute(sql`
          UPDATE admin_areas a
          SET geom = v.g, boundary_precision = 'official', source = ${options.source},
            updated_at = GREATEST(now(), a.updated_at + interval '1 millisecond')
          FROM (VALUES ${sql.join(chunk, sql`, `)}) AS v(code, g)
          WHERE a.code = v.code AND a.level = 'desa'`);
      }
      const desaMoved = await fixLabelPoints(
        tx,
        known.map((k) => k.code),
      );
      const unionSource = `Union of its desa boundaries; desa: ${options.source}`;
      await rebuildFromDesa(tx, kecamatan, sql`d.parent_code`, sql``, unionSource);
      await rebuildFromDesa(
        tx,
        kabupaten,
        sql`k.parent_code`,
        sql`JOIN admin_areas k ON k.code = d.parent_code`,
        unionSource,
      );
      const kecamatanMoved = await fixLabelPoints(tx, kecamatan);
      const kabupatenMoved = await fixLabelPoints(tx, kabupaten);
      const after = await sizesOf(tx, [...kabupaten, ...kecamatan]);
      const given = new Set(known.map((k) => k.code));
      await recordAudit(tx, options.actor, [
        {
          entity: 'admin_area',
          entityId: '*',
          action: 'import',
          after: { source: options.source, desa: known.map((k) => k.code), kecamatan, kabupaten },
        },
      ]);
      return {
        updated: known.map((k) => k.code),
        unknown: unknown.map((u) => u.code),
        notInInput: stored.map((r) => r.code).filter((c) => !given.has(c)),
        labelPointsMoved: { desa: desaMoved, kecamatan: kecamatanMoved, kabupaten: kabupatenMoved },
        areas: before.map((b) => ({
          ...b,
          afterKm2: after.find((a) => a.code === b.code)?.beforeKm2 ?? Number.NaN,
        })),
      };
    });
  } catch (err) {
    if (err instanceof SiagaError) throw err;
    rethrowDbError(err);
  }
}

async function parentsOf(db: SiagaDb, codes: string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await executeRows<{ code: string }>(
    db,
    sql`SELECT DISTINCT parent_code AS code FROM admin_areas
        WHERE code IN (${sql.join(
          codes.map((c) => sql`${c}`),
          sql`, `,
        )}) AND parent_code IS NOT NULL
        ORDER BY 1`,
  );
  return rows.map((r) => r.code);
}

async function sizesOf(db: SiagaDb, codes: string[]): Promise<AreaSize[]> {
  if (codes.length === 0) return [];
  const rows = await executeRows<{ code: string; name: string; level: string; km2: number | string }>(
    db,
    sql`SELECT code, name, level, ST_Area(geom::geography) / 1e6 AS km2 FROM admin_areas
        WHERE code IN (${sql.join(
          codes.map((c) => sql`${c}`),
          sql`, `,
        )}) ORDER BY code`,
  );
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    level: r.level as AreaSize['level'],
    beforeKm2: Number(r.km2),
    afterKm2: Number(r.km2),
  }));
}

/**
 * Sets each of `codes` to the union of the desa grouped under it by `groupKey` (d is the desa, `join` may add
 * k, its kecamatan). Official only when every desa in it is.
 */
async function rebuildFromDesa(
  db: SiagaDb,
  codes: string[],
  groupKey: SQL,
  join: SQL,
  source: string,
): Promise<void> {
  if (codes.length === 0) return;
  await db.execute(sql`
    UPDATE admin_areas a
    SET geom = u.g,
      boundary_precision = CASE WHEN u.official THEN 'official' ELSE 'approximate' END,
      source = ${source},
      updated_at = GREATEST(now(), a.updated_at + interval '1 millisecond')
    FROM (
      SELECT ${groupKey} AS code,
        ST_Multi(ST_CollectionExtract(ST_Union(d.geom), 3)) AS g,
        bool_and(d.boundary_precision = 'official') AS official
      FROM admin_areas d ${join}
      WHERE d.level = 'desa' AND ${groupKey} IN (${sql.join(
        codes.map((c) => sql`${c}`),
        sql`, `,
      )})
      GROUP BY 1
    ) AS u
    WHERE a.code = u.code`);
}

/** Label points of `codes` outside their boundary become ST_PointOnSurface; answers how many moved. */
async function fixLabelPoints(db: SiagaDb, codes: string[]): Promise<number> {
  if (codes.length === 0) return 0;
  const rows = await executeRows<{ n: number | string }>(
    db,
    sql`WITH moved AS (
          UPDATE admin_areas SET label_point = ST_PointOnSurface(geom)
          WHERE code IN (${sql.join(
            codes.map((c) => sql`${c}`),
            sql`, `,
          )}) AND (label_point IS NULL OR NOT ST_Covers(geom, label_point))
          RETURNING 1
        ) SELECT count(*)::int AS n FROM moved`,
  );
  return Number(rows[0]?.n ?? 0);
}
