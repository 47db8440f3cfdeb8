import type {
  BBox,
  HazardLevel,
  HazardType,
  HazardZoneCreate,
  HazardZoneFeature,
  HazardZonePatch,
} from '@siaga/schema';
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types';
import type { SiagaDb } from '../database.ts';
import { rethrowDbError } from '../db_error.ts';
import { parseMultiPolygon } from '../geometry/parse_geometry.ts';
import { prepareGeometries } from '../geometry/prepare_geometries.ts';
import { areaKm2Of, bumpedUpdatedAt, geoJsonOf, intersectsBBox } from '../geometry/sql_fragments.ts';
import { hazardZones as table } from '../schema/index.ts';
import { chunks, definedOnly, iso, isUuid, locateFeature } from './shared.ts';

export type HazardZoneCreateParsed = ReturnType<typeof HazardZoneCreate.parse>;

export interface HazardZoneQuery {
  bbox?: BBox;
  hazardType?: HazardType[];
  level?: HazardLevel[];
}

const selection = {
  id: table.id,
  name: table.name,
  hazardType: table.hazardType,
  level: table.level,
  source: table.source,
  notes: table.notes,
  areaKm2: areaKm2Of(table.geom),
  geometry: geoJsonOf(table.geom),
  createdAt: table.createdAt,
  updatedAt: table.updatedAt,
};
type Row = SelectResultFields<typeof selection>;

function featureOf(row: Row): HazardZoneFeature {
  const { geometry, createdAt, updatedAt, ...properties } = row;
  return {
    type: 'Feature',
    id: row.id,
    geometry: parseMultiPolygon(geometry),
    properties: {
      ...properties,
      hazardType: properties.hazardType as HazardType,
      level: properties.level as HazardLevel,
      createdAt: iso(createdAt),
      updatedAt: iso(updatedAt),
    },
  };
}

export const hazardZones = {
  async list(db: SiagaDb, q: HazardZoneQuery = {}): Promise<HazardZoneFeature[]> {
    const where: SQL[] = [];
    if (q.bbox) where.push(intersectsBBox(table.geom, q.bbox));
    if (q.hazardType?.length) where.push(inArray(table.hazardType, q.hazardType));
    if (q.level?.length) where.push(inArray(table.level, q.level));
    const rows = await db
      .select(selection)
      .from(table)
      .where(and(...where))
      .orderBy(asc(table.name), asc(table.id));
    return rows.map(featureOf);
  },

  async get(db: SiagaDb, id: string): Promise<HazardZoneFeature | null> {
    if (!isUuid(id)) return null;
    const [row] = await db.select(selection).from(table).where(eq(table.id, id));
    return row ? featureOf(row) : null;
  },

  /** All zones in one transaction; polygons are stored as MultiPolygon. */
  async create(db: SiagaDb, inputs: HazardZoneCreateParsed[]): Promise<HazardZoneFeature[]> {
    if (inputs.length === 0) return [];
    try {
      return await db.transaction(async (tx) => {
        const geoms = await prepareGeometries(
          tx,
          'area',
          inputs.map((f, i) => ({ geometry: f.geometry, path: `features.${i}.geometry` })),
        );
        const values = inputs.map((f, i) => ({
          ...(f.id ? { id: f.id } : {}),
          ...f.properties,
          geom: geoms[i] as SQL,
        }));
        const out: HazardZoneFeature[] = [];
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

  async update(db: SiagaDb, id: string, patch: HazardZonePatch): Promise<HazardZoneFeature | null> {
    if (!isUuid(id)) return null;
    try {
      return await db.transaction(async (tx) => {
        const [geom] = patch.geometry
          ? await prepareGeometries(tx, 'area', [{ geometry: patch.geometry, path: 'geometry' }])
          : [];
        const [row] = await tx
          .update(table)
          .set({
            ...definedOnly(patch.properties),
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
