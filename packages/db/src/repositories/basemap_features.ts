import { type BasemapFeature, type BasemapFeatureCreate, type BBox, SiagaError } from '@siaga/schema';
import { asc, desc, sql } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { SiagaDb } from '../database.ts';
import { rethrowDbError } from '../db_error.ts';
import { geoJsonOf, intersectsBBox } from '../geometry/sql_fragments.ts';
import { basemapFeatures as table } from '../schema/index.ts';
import { recordAudit } from './audit.ts';

export type BasemapFeatureCreateParsed = ReturnType<typeof BasemapFeatureCreate.parse>;

/** Rows written per INSERT: a few hundred waterways fit in a few statements. */
const CHUNK = 200;

export const basemapFeatures = {
  /** Land, water bodies and waterways; areas first, so lines draw over them in list order. */
  async list(db: SiagaDb, q: { bbox?: BBox } = {}): Promise<BasemapFeature[]> {
    const rows = await db
      .select({
        id: table.id,
        kind: table.kind,
        name: table.name,
        intermittent: table.intermittent,
        source: table.source,
        geometry: geoJsonOf(table.geom),
      })
      .from(table)
      .where(q.bbox ? intersectsBBox(table.geom, q.bbox) : undefined)
      .orderBy(desc(sql`ST_Dimension(${table.geom})`), asc(table.kind), asc(table.id));
    return rows.map(({ geometry, id, ...properties }) => ({
      type: 'Feature',
      id,
      geometry: JSON.parse(geometry) as BasemapFeature['geometry'],
      properties,
    }));
  },

  /**
   * Writes all features in one transaction with one summary audit entry; a geometry PostGIS finds invalid
   * (ST_IsValid) stops the whole write.
   */
  async create(db: SiagaDb, inputs: BasemapFeatureCreateParsed[], actor: Actor): Promise<number> {
    try {
      return await db.transaction(async (tx) => {
        for (let i = 0; i < inputs.length; i += CHUNK) {
          await tx.insert(table).values(
            inputs.slice(i, i + CHUNK).map((f) => ({
              ...(f.id ? { id: f.id } : {}),
              kind: f.properties.kind,
              name: f.properties.name,
              intermittent: f.properties.intermittent,
              source: f.properties.source,
              geom: sql`ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(f.geometry)}), 4326)` as unknown as string,
            })),
          );
        }
        const [bad] = await tx
          .select({ id: table.id })
          .from(table)
          .where(sql`NOT ST_IsValid(${table.geom})`)
          .limit(1);
        if (bad)
          throw new SiagaError('validation_failed', `Basemap feature ${bad.id} has an invalid geometry`);
        await recordAudit(tx, actor, [
          { entity: 'basemap_feature', entityId: '*', action: 'create', after: { count: inputs.length } },
        ]);
        return inputs.length;
      });
    } catch (err) {
      rethrowDbError(err);
    }
  },
};
