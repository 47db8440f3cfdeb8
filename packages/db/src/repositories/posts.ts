import type { BBox, PostCreate, PostFeature, PostKind, PostPatch, PostStatus } from '@siaga/schema';
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types';
import type { SiagaDb } from '../database.ts';
import { rethrowDbError } from '../db_error.ts';
import { parsePoint } from '../geometry/parse_geometry.ts';
import { prepareGeometries } from '../geometry/prepare_geometries.ts';
import { bumpedUpdatedAt, geoJsonOf, intersectsBBox } from '../geometry/sql_fragments.ts';
import { posts as table } from '../schema/index.ts';
import { chunks, definedOnly, iso, isUuid, locateFeature } from './shared.ts';

export type PostCreateParsed = ReturnType<typeof PostCreate.parse>;

export interface PostQuery {
  bbox?: BBox;
  status?: PostStatus[];
  kind?: PostKind[];
}

export const postSelection = {
  id: table.id,
  name: table.name,
  kind: table.kind,
  status: table.status,
  address: table.address,
  desaCode: table.desaCode,
  staff: table.staff,
  vehicles: table.vehicles,
  turnoutSeconds: table.turnoutSeconds,
  locationApprox: table.locationApprox,
  source: table.source,
  notes: table.notes,
  geometry: geoJsonOf(table.geom),
  createdAt: table.createdAt,
  updatedAt: table.updatedAt,
};

type Row = SelectResultFields<typeof postSelection>;

export function postFeatureOf(row: Row): PostFeature {
  const { geometry, createdAt, updatedAt, ...properties } = row;
  return {
    type: 'Feature',
    id: row.id,
    geometry: parsePoint(geometry),
    properties: {
      ...properties,
      kind: properties.kind as PostKind,
      status: properties.status as PostStatus,
      createdAt: iso(createdAt),
      updatedAt: iso(updatedAt),
    },
  };
}

/** Conditions shared by `posts.list` and `nearest` over posts. */
export function postConditions(q: PostQuery): SQL[] {
  const where: SQL[] = [];
  if (q.bbox) where.push(intersectsBBox(table.geom, q.bbox));
  if (q.status?.length) where.push(inArray(table.status, q.status));
  if (q.kind?.length) where.push(inArray(table.kind, q.kind));
  return where;
}

export const posts = {
  async list(db: SiagaDb, q: PostQuery = {}): Promise<PostFeature[]> {
    const rows = await db
      .select(postSelection)
      .from(table)
      .where(and(...postConditions(q)))
      .orderBy(asc(table.name), asc(table.id));
    return rows.map(postFeatureOf);
  },

  async get(db: SiagaDb, id: string): Promise<PostFeature | null> {
    if (!isUuid(id)) return null;
    const [row] = await db.select(postSelection).from(table).where(eq(table.id, id));
    return row ? postFeatureOf(row) : null;
  },

  /** Writes all posts in one transaction: any invalid geometry or duplicate id and nothing is written. */
  async create(db: SiagaDb, inputs: PostCreateParsed[]): Promise<PostFeature[]> {
    if (inputs.length === 0) return [];
    try {
      return await db.transaction(async (tx) => {
        const geoms = await prepareGeometries(
          tx,
          'point',
          inputs.map((f, i) => ({ geometry: f.geometry, path: `features.${i}.geometry` })),
        );
        const values = inputs.map((f, i) => ({
          ...(f.id ? { id: f.id } : {}),
          ...f.properties,
          geom: geoms[i] as SQL,
        }));
        const out: PostFeature[] = [];
        for (const chunk of chunks(values)) {
          const rows = await tx.insert(table).values(chunk).returning(postSelection);
          out.push(...rows.map(postFeatureOf));
        }
        return out;
      });
    } catch (err) {
      rethrowDbError(
        err,
        locateFeature(inputs, (f) => ({ id: f.id })),
      );
    }
  },

  async update(db: SiagaDb, id: string, patch: PostPatch): Promise<PostFeature | null> {
    if (!isUuid(id)) return null;
    try {
      return await db.transaction(async (tx) => {
        const [geom] = patch.geometry
          ? await prepareGeometries(tx, 'point', [{ geometry: patch.geometry, path: 'geometry' }])
          : [];
        const [row] = await tx
          .update(table)
          .set({
            ...definedOnly(patch.properties),
            ...(geom ? { geom } : {}),
            updatedAt: bumpedUpdatedAt(table.updatedAt),
          })
          .where(eq(table.id, id))
          .returning(postSelection);
        return row ? postFeatureOf(row) : null;
      });
    } catch (err) {
      rethrowDbError(err);
    }
  },

  async remove(db: SiagaDb, id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    const rows = await db.delete(table).where(eq(table.id, id)).returning({ id: table.id });
    return rows.length > 0;
  },
};
