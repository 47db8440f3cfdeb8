import type {
  BBox,
  IncidentCreate,
  IncidentFeature,
  IncidentPatch,
  IncidentStatus,
  IncidentType,
} from '@siaga/schema';
import { and, desc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types';
import type { SiagaDb } from '../database.ts';
import { rethrowDbError } from '../db_error.ts';
import { parsePoint } from '../geometry/parse_geometry.ts';
import { prepareGeometries } from '../geometry/prepare_geometries.ts';
import { bumpedUpdatedAt, geoJsonOf, intersectsBBox } from '../geometry/sql_fragments.ts';
import { incidents as table } from '../schema/index.ts';
import { chunks, definedOnly, iso, isUuid, locateFeature } from './shared.ts';

export type IncidentCreateParsed = ReturnType<typeof IncidentCreate.parse>;

export interface IncidentQuery {
  bbox?: BBox;
  status?: IncidentStatus[];
  incidentType?: IncidentType[];
  /** ISO datetime: occurredAt at or after. */
  from?: string;
  /** ISO datetime: occurredAt at or before. */
  to?: string;
}

const selection = {
  id: table.id,
  title: table.title,
  incidentType: table.incidentType,
  status: table.status,
  occurredAt: table.occurredAt,
  desaCode: table.desaCode,
  source: table.source,
  notes: table.notes,
  geometry: geoJsonOf(table.geom),
  createdAt: table.createdAt,
  updatedAt: table.updatedAt,
};
type Row = SelectResultFields<typeof selection>;

function featureOf(row: Row): IncidentFeature {
  const { geometry, createdAt, updatedAt, occurredAt, ...properties } = row;
  return {
    type: 'Feature',
    id: row.id,
    geometry: parsePoint(geometry),
    properties: {
      ...properties,
      incidentType: properties.incidentType as IncidentType,
      status: properties.status as IncidentStatus,
      occurredAt: iso(occurredAt),
      createdAt: iso(createdAt),
      updatedAt: iso(updatedAt),
    },
  };
}

/** Timestamps arrive as ISO strings (with an offset) and are stored as timestamptz. */
function columnsOf<P extends { occurredAt?: string | undefined }>(properties: P) {
  const { occurredAt, ...rest } = properties;
  return { ...rest, ...(occurredAt !== undefined ? { occurredAt: new Date(occurredAt) } : {}) };
}

export const incidents = {
  /** Newest first. */
  async list(db: SiagaDb, q: IncidentQuery = {}): Promise<IncidentFeature[]> {
    const where: SQL[] = [];
    if (q.bbox) where.push(intersectsBBox(table.geom, q.bbox));
    if (q.status?.length) where.push(inArray(table.status, q.status));
    if (q.incidentType?.length) where.push(inArray(table.incidentType, q.incidentType));
    if (q.from) where.push(gte(table.occurredAt, new Date(q.from)));
    if (q.to) where.push(lte(table.occurredAt, new Date(q.to)));
    const rows = await db
      .select(selection)
      .from(table)
      .where(and(...where))
      .orderBy(desc(table.occurredAt), desc(table.id));
    return rows.map(featureOf);
  },

  async get(db: SiagaDb, id: string): Promise<IncidentFeature | null> {
    if (!isUuid(id)) return null;
    const [row] = await db.select(selection).from(table).where(eq(table.id, id));
    return row ? featureOf(row) : null;
  },

  async create(db: SiagaDb, inputs: IncidentCreateParsed[]): Promise<IncidentFeature[]> {
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
          occurredAt: new Date(f.properties.occurredAt),
          geom: geoms[i] as SQL,
        }));
        const out: IncidentFeature[] = [];
        for (const chunk of chunks(values)) {
          const rows = await tx.insert(table).values(chunk).returning(selection);
          out.push(...rows.map(featureOf));
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

  async update(db: SiagaDb, id: string, patch: IncidentPatch): Promise<IncidentFeature | null> {
    if (!isUuid(id)) return null;
    try {
      return await db.transaction(async (tx) => {
        const [geom] = patch.geometry
          ? await prepareGeometries(tx, 'point', [{ geometry: patch.geometry, path: 'geometry' }])
          : [];
        const [row] = await tx
          .update(table)
          .set({
            ...columnsOf(definedOnly(patch.properties)),
            ...(geom ? { geom } : {}),
            updatedAt: bumpedUpdatedAt(table.updatedAt),
          })
          .where(eq(table.id, id))
          .returning(selection);
        return row ? featureOf(row) : null;
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
