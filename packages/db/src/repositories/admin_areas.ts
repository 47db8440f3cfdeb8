import type { AdminAreaCreate, AdminAreaFeature, AdminLevel, BBox } from '@siaga/schema';
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types';
import type { Actor } from '../actor.ts';
import type { SiagaDb } from '../database.ts';
import { parseMultiPolygon, parsePoint } from '../geometry/parse_geometry.ts';
import { prepareGeometries } from '../geometry/prepare_geometries.ts';
import { areaKm2Of, geoJsonOf, intersectsBBox } from '../geometry/sql_fragments.ts';
import { adminAreas as table } from '../schema/index.ts';
import { checkAdminAreaReferences } from './check_references.ts';
import { createFeatures, type FeatureWriteSpec } from './create_features.ts';

export type AdminAreaCreateParsed = ReturnType<typeof AdminAreaCreate.parse>;

export interface AdminAreaQuery {
  bbox?: BBox;
  level?: AdminLevel;
  parentCode?: string;
  /** false: leave the boundary out (geometry null), for lists and pickers. Default true. */
  withGeometry?: boolean;
}

/** An admin area without its boundary (`withGeometry: false`): GeoJSON allows a null geometry. */
export type AdminAreaSummary = Omit<AdminAreaFeature, 'geometry'> & { geometry: null };

const properties = {
  id: table.id,
  code: table.code,
  bpsCode: table.bpsCode,
  name: table.name,
  level: table.level,
  parentCode: table.parentCode,
  isKelurahan: table.isKelurahan,
  population: table.population,
  populationYear: table.populationYear,
  boundaryPrecision: table.boundaryPrecision,
  source: table.source,
  labelPoint: geoJsonOf(table.labelPoint) as SQL<string | null>,
  areaKm2: areaKm2Of(table.geom),
};
const withBoundary = { ...properties, geometry: geoJsonOf(table.geom) };
const withoutBoundary = { ...properties, geometry: sql<null>`NULL` };

type PropertiesRow = SelectResultFields<typeof properties>;

function propertiesOf(row: PropertiesRow): AdminAreaFeature['properties'] {
  const { id: _id, ...rest } = row;
  return {
    ...rest,
    labelPoint: rest.labelPoint === null ? null : parsePoint(rest.labelPoint),
  };
}

function featureOf({ geometry, ...row }: SelectResultFields<typeof withBoundary>): AdminAreaFeature {
  return {
    type: 'Feature',
    id: row.id,
    geometry: parseMultiPolygon(geometry),
    properties: propertiesOf(row),
  };
}

function summaryOf({
  geometry: _none,
  ...row
}: SelectResultFields<typeof withoutBoundary>): AdminAreaSummary {
  return { type: 'Feature', id: row.id, geometry: null, properties: propertiesOf(row) };
}

const levelOrder: Record<AdminLevel, number> = { kabupaten: 0, kecamatan: 1, desa: 2 };

const writeSpec: FeatureWriteSpec<
  typeof table,
  typeof withBoundary,
  AdminAreaFeature,
  AdminAreaCreateParsed
> = {
  table,
  entity: 'admin_area',
  auditAs: 'summary',
  selection: withBoundary,
  kind: 'area',
  featuresOf: (_db, rows) => rows.map(featureOf),
  columnsOf: ({ labelPoint: _written, ...columns }) => columns,
  geometryColumnsOf: async (db, inputs, geoms) => {
    const given = inputs.flatMap((f, i) =>
      f.properties.labelPoint
        ? [{ i, geometry: f.properties.labelPoint, path: `features.${i}.properties.labelPoint` }]
        : [],
    );
    const prepared = await prepareGeometries(db, 'point', given);
    const byInput = new Map(given.map((g, k) => [g.i, prepared[k]]));
    return geoms.map((geom, i) => ({ labelPoint: byInput.get(i) ?? sql`ST_PointOnSurface(${geom})` }));
  },
  keysOf: (f) => ({ id: f.id, code: f.properties.code, parent_code: f.properties.parentCode }),
  checkReferences: (db, refs) =>
    checkAdminAreaReferences(
      db,
      refs.map((r) => ({ value: r.properties.parentCode, path: `${r.path}.parentCode` })),
      new Set(refs.flatMap((r) => r.properties.code ?? [])),
    ),
  insertOrder: (inputs) =>
    inputs
      .map((f, i) => ({ i, rank: levelOrder[f.properties.level] }))
      .sort((a, b) => a.rank - b.rank)
      .map(({ i }) => i),
};

function conditions(q: AdminAreaQuery): SQL[] {
  const where: SQL[] = [];
  if (q.bbox) where.push(intersectsBBox(table.geom, q.bbox));
  if (q.level) where.push(eq(table.level, q.level));
  if (q.parentCode !== undefined) where.push(eq(table.parentCode, q.parentCode));
  return where;
}

function list(db: SiagaDb, q: AdminAreaQuery & { withGeometry: false }): Promise<AdminAreaSummary[]>;
function list(db: SiagaDb, q?: AdminAreaQuery & { withGeometry?: true }): Promise<AdminAreaFeature[]>;
function list(db: SiagaDb, q?: AdminAreaQuery): Promise<AdminAreaFeature[] | AdminAreaSummary[]>;
async function list(db: SiagaDb, q: AdminAreaQuery = {}): Promise<AdminAreaFeature[] | AdminAreaSummary[]> {
  const where = and(...conditions(q));
  if (q.withGeometry === false) {
    const rows = await db.select(withoutBoundary).from(table).where(where).orderBy(asc(table.code));
    return rows.map(summaryOf);
  }
  const rows = await db.select(withBoundary).from(table).where(where).orderBy(asc(table.code));
  return rows.map(featureOf);
}

export const adminAreas = {
  /** Ordered by code, so a kecamatan follows its kabupaten and precedes its desa. */
  list,

  async get(db: SiagaDb, code: string): Promise<AdminAreaFeature | null> {
    const [row] = await db.select(withBoundary).from(table).where(eq(table.code, code));
    return row ? featureOf(row) : null;
  },

  /**
   * All areas in one transaction. A parentCode may refer to an area already stored or one in the same batch
   * (parents are written first whatever the input order).
   */
  create: (db: SiagaDb, inputs: AdminAreaCreateParsed[], actor: Actor): Promise<AdminAreaFeature[]> =>
    createFeatures(db, writeSpec, inputs, actor),
};
