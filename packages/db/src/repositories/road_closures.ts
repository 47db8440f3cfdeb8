import type { RoadClosureCreate, RoadClosureFeature, RoadClosurePatch } from '@siaga/schema';
import { desc, eq, gt, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types';
import type { Actor } from '../actor.ts';
import type { SiagaDb } from '../database.ts';
import { writeTransaction } from '../db_error.ts';
import { executeRows } from '../execute_rows.ts';
import { geoJsonOf } from '../geometry/sql_fragments.ts';
import { roadClosures as table } from '../schema/index.ts';
import { type FeatureRepository, featureRepository } from './feature_repository.ts';
import { appendEvents } from './incident_events.ts';
import { iso } from './shared.ts';

export type RoadClosureCreateParsed = ReturnType<typeof RoadClosureCreate.parse>;

export interface RoadClosureQuery {
  /** Also the expired ones (default: only those without expiry or expiring later). */
  includeExpired?: boolean;
  incidentId?: string;
}

/** How far from a closure its road may be to give it its name. */
export const ROAD_NAME_RADIUS_M = 100;

const selection = {
  id: table.id,
  roadName: table.roadName,
  reason: table.reason,
  incidentId: table.incidentId,
  expiresAt: table.expiresAt,
  geometry: geoJsonOf(table.geom),
  version: table.version,
  createdAt: table.createdAt,
  updatedAt: table.updatedAt,
};
type Row = SelectResultFields<typeof selection>;

function featureOf(row: Row): RoadClosureFeature {
  const { geometry, expiresAt, createdAt, updatedAt, ...properties } = row;
  return {
    type: 'Feature',
    id: row.id,
    geometry: JSON.parse(geometry) as RoadClosureFeature['geometry'],
    properties: {
      ...properties,
      expiresAt: expiresAt === null ? null : iso(expiresAt),
      createdAt: iso(createdAt),
      updatedAt: iso(updatedAt),
    },
  };
}

function columnsOf(properties: Partial<RoadClosureCreateParsed['properties']>) {
  const { expiresAt, ...rest } = properties;
  return {
    ...rest,
    ...(expiresAt !== undefined ? { expiresAt: expiresAt === null ? null : new Date(expiresAt) } : {}),
  };
}

/** Unexpired now: what routing applies. */
export const activeClosure = or(isNull(table.expiresAt), gt(table.expiresAt, sql`now()`)) as SQL;

function conditions(q: RoadClosureQuery): SQL[] {
  const where: SQL[] = [];
  if (!q.includeExpired) where.push(activeClosure);
  if (q.incidentId !== undefined) where.push(eq(table.incidentId, q.incidentId));
  return where;
}

const stored = featureRepository({
  table,
  entity: 'closure',
  selection,
  kind: 'any',
  featuresOf: (_db, rows) => rows.map(featureOf),
  columnsOf,
  keysOf: (f: RoadClosureCreateParsed) => ({ id: f.id, incident_id: f.properties.incidentId }),
  conditions,
  orderBy: [desc(table.createdAt), desc(table.id)],
});

/** The name (or ref) of the nearest named road within ROAD_NAME_RADIUS_M of the geometry, or null. */
async function nearestRoadName(db: SiagaDb, geometry: unknown): Promise<string | null> {
  const [row] = await executeRows<{ name: string | null }>(
    db,
    sql`WITH g AS (SELECT ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(geometry)}), 4326) AS g)
      SELECT coalesce(r.name, r.ref) AS name FROM roads r, g
      WHERE coalesce(r.name, r.ref) IS NOT NULL
        AND ST_DWithin(r.geom::geography, g.g::geography, ${ROAD_NAME_RADIUS_M})
      ORDER BY ST_Distance(r.geom::geography, g.g::geography), r.id
      LIMIT 1`,
  );
  return row?.name ?? null;
}

/**
 * Stored closures: a closure without a road name takes the nearest named road's (also when it is moved and no
 * name is sent); one created for an incident adds a `closure` entry to its timeline in the same transaction.
 */
export const roadClosures: FeatureRepository<
  RoadClosureFeature,
  RoadClosureCreateParsed,
  RoadClosurePatch,
  RoadClosureQuery
> = {
  list: stored.list,
  get: stored.get,
  remove: stored.remove,
  async update(db, id, patch, actor, options) {
    if (!patch.geometry || patch.properties?.roadName !== undefined)
      return stored.update(db, id, patch, actor, options);
    const { geometry } = patch;
    return writeTransaction(db, async (tx) => {
      const roadName = await nearestRoadName(tx, geometry);
      return stored.update(
        tx,
        id,
        { ...patch, properties: { ...patch.properties, roadName } },
        actor,
        options,
      );
    });
  },
  async create(db: SiagaDb, inputs: RoadClosureCreateParsed[], actor: Actor) {
    return writeTransaction(db, async (tx) => {
      const named: RoadClosureCreateParsed[] = [];
      for (const input of inputs) {
        const roadName = input.properties.roadName ?? (await nearestRoadName(tx, input.geometry));
        named.push({ ...input, properties: { ...input.properties, roadName } });
      }
      const created = await stored.create(tx, named, actor);
      await appendEvents(
        tx,
        actor,
        created.flatMap((c) =>
          c.properties.incidentId
            ? [
                {
                  incidentId: c.properties.incidentId,
                  kind: 'closure' as const,
                  closureId: c.properties.id,
                },
              ]
            : [],
        ),
      );
      return created;
    });
  },
};

/** The geometries of the closures routing applies now. */
export async function activeClosureGeometries(db: SiagaDb): Promise<RoadClosureFeature['geometry'][]> {
  return (await stored.list(db, {})).map((c) => c.geometry);
}
