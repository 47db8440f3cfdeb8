import type { BBox, Oneway, RoadClass, RoadCreate, RoadFeature } from '@siaga/schema';
import { asc, count, type SQL } from 'drizzle-orm';
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types';
import type { SiagaDb } from '../database.ts';
import { rethrowDbError } from '../db_error.ts';
import { parseLineString } from '../geometry/parse_geometry.ts';
import { prepareGeometries } from '../geometry/prepare_geometries.ts';
import { geoJsonOf, intersectsBBox, lengthMOf } from '../geometry/sql_fragments.ts';
import { roads as table } from '../schema/index.ts';
import { chunks, locateFeature } from './shared.ts';

export type RoadCreateParsed = ReturnType<typeof RoadCreate.parse>;

export interface RoadQuery {
  bbox?: BBox;
  limit?: number;
  offset?: number;
}

const selection = {
  id: table.id,
  roadClass: table.roadClass,
  name: table.name,
  ref: table.ref,
  oneway: table.oneway,
  maxspeedKmh: table.maxspeedKmh,
  surface: table.surface,
  access: table.access,
  sourceId: table.sourceId,
  lengthM: lengthMOf(table.geom),
  geometry: geoJsonOf(table.geom),
};
type Row = SelectResultFields<typeof selection>;

function featureOf(row: Row): RoadFeature {
  const { geometry, ...properties } = row;
  return {
    type: 'Feature',
    id: row.id,
    geometry: parseLineString(geometry),
    properties: {
      ...properties,
      roadClass: properties.roadClass as RoadClass,
      oneway: properties.oneway as Oneway,
    },
  };
}

export const roads = {
  /** Ordered by sourceId, so limit/offset pages are stable. */
  async list(db: SiagaDb, q: RoadQuery = {}): Promise<RoadFeature[]> {
    const base = db
      .select(selection)
      .from(table)
      .where(q.bbox ? intersectsBBox(table.geom, q.bbox) : undefined)
      .orderBy(asc(table.sourceId))
      .$dynamic();
    if (q.limit !== undefined) base.limit(q.limit);
    if (q.offset !== undefined) base.offset(q.offset);
    return (await base).map(featureOf);
  },

  /** All roads in one transaction; a duplicate sourceId (stored or in the batch) is a conflict. */
  async create(db: SiagaDb, inputs: RoadCreateParsed[]): Promise<RoadFeature[]> {
    if (inputs.length === 0) return [];
    try {
      return await db.transaction(async (tx) => {
        const geoms = await prepareGeometries(
          tx,
          'line',
          inputs.map((f, i) => ({ geometry: f.geometry, path: `features.${i}.geometry` })),
        );
        const values = inputs.map((f, i) => ({
          ...(f.id ? { id: f.id } : {}),
          ...f.properties,
          geom: geoms[i] as SQL,
        }));
        const out: RoadFeature[] = [];
        for (const chunk of chunks(values)) {
          const rows = await tx.insert(table).values(chunk).returning(selection);
          out.push(...rows.map(featureOf));
        }
        return out;
      });
    } catch (err) {
      rethrowDbError(
        err,
        locateFeature(inputs, (f) => ({ id: f.id, source_id: f.properties.sourceId })),
      );
    }
  },

  async count(db: SiagaDb): Promise<number> {
    const [row] = await db.select({ n: count() }).from(table);
    return row?.n ?? 0;
  },
};
