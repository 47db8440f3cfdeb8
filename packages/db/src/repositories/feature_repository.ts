import { VersionConflict } from '@siaga/schema';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgUpdateSetSource, SelectedFieldsFlat } from 'drizzle-orm/pg-core';
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types';
import type { Actor } from '../actor.ts';
import type { SiagaDb } from '../database.ts';
import { rethrowDbError } from '../db_error.ts';
import { prepareGeometries } from '../geometry/prepare_geometries.ts';
import { bumpedUpdatedAt } from '../geometry/sql_fragments.ts';
import { recordAudit } from './audit.ts';
import {
  createFeatures,
  type FeatureInput,
  type FeatureTable,
  type FeatureWriteSpec,
} from './create_features.ts';
import { definedOnly, isUuid } from './shared.ts';

/** A PATCH body: a new geometry and/or the properties to change. */
export interface FeaturePatch<TInput extends FeatureInput> {
  geometry?: TInput['geometry'] | undefined;
  properties?: Partial<TInput['properties']> | undefined;
}

/** Options of a change to one record. */
export interface WriteOptions {
  /** The version the client last read (If-Match): a different current version and nothing is written. */
  ifVersion?: number | undefined;
}

/** A feature table whose rows have updated_at and, when they can be edited concurrently, a version. */
type EditableTable = FeatureTable & { updatedAt: PgColumn; version?: PgColumn };

/** What one feature table's repository states; the list/get/create/update/remove code is the same for all. */
export interface FeatureRepositorySpec<
  TTable extends EditableTable,
  TSelection extends SelectedFieldsFlat,
  TFeature extends { id?: string | undefined },
  TInput extends FeatureInput,
  TQuery,
> extends FeatureWriteSpec<TTable, TSelection, TFeature, TInput> {
  conditions(q: TQuery): SQL[];
  orderBy: (PgColumn | SQL)[];
  /** Paging, for tables too large to list whole (roads). */
  page?(q: TQuery): { limit?: number | undefined; offset?: number | undefined };
}

export interface FeatureRepository<TFeature, TInput, TPatch, TQuery> {
  list(db: SiagaDb, q?: TQuery): Promise<TFeature[]>;
  get(db: SiagaDb, id: string): Promise<TFeature | null>;
  /** Writes all features in one transaction: any invalid geometry or duplicate key and nothing is written. */
  create(db: SiagaDb, inputs: TInput[], actor: Actor): Promise<TFeature[]>;
  /**
   * Null when there is no feature with this id. Bumps the version; throws VersionConflict (412) when
   * `ifVersion` is not the current version, and then writes nothing.
   */
  update(
    db: SiagaDb,
    id: string,
    patch: TPatch,
    actor: Actor,
    options?: WriteOptions,
  ): Promise<TFeature | null>;
  /** False when there is no feature with this id; VersionConflict as in `update`. */
  remove(db: SiagaDb, id: string, actor: Actor, options?: WriteOptions): Promise<boolean>;
}

/**
 * The repository of a feature table with a uuid id, one geometry column and updated_at. Annotate the result:
 * its type is the repository's public API, and it is where the PATCH body's type comes from.
 *
 * @example
 * export const hazardZones: FeatureRepository<HazardZoneFeature, HazardZoneCreateParsed, HazardZonePatch,
 *   HazardZoneQuery> = featureRepository({ table, selection, kind: 'area', ... });
 */
export function featureRepository<
  TTable extends EditableTable,
  TSelection extends SelectedFieldsFlat,
  TFeature extends { id?: string | undefined },
  TInput extends FeatureInput,
  TPatch extends FeaturePatch<TInput>,
  TQuery,
>(
  spec: FeatureRepositorySpec<TTable, TSelection, TFeature, TInput, TQuery>,
): FeatureRepository<TFeature, TInput, TPatch, TQuery> {
  const { table, selection } = spec;
  // drizzle types a SELECT by resolving its table and selection, which it cannot do for generic ones: reads
  // go through the table as a plain FeatureTable, and the rows are exactly `selection`'s fields, which is what
  // SelectResultFields states.
  const source: FeatureTable = table;
  const fields: SelectedFieldsFlat = selection;
  const rowsOf = (rows: unknown) => rows as SelectResultFields<TSelection>[];
  const first = async (db: SiagaDb, rows: unknown): Promise<TFeature | null> => {
    const [feature] = await spec.featuresOf(db, rowsOf(rows));
    return feature ?? null;
  };
  const versionColumn = table.version;
  const currentVersion = versionColumn ? sql`${versionColumn}`.mapWith(Number) : sql<null>`NULL`;

  /**
   * Locks the row for the rest of the transaction and answers it as it is now (null when there is none),
   * after checking `ifVersion`: concurrent writers queue here, so the check and the write cannot interleave.
   */
  const lockedFeature = async (tx: SiagaDb, id: string, options: WriteOptions | undefined) => {
    const [locked] = await tx
      .select({ version: currentVersion })
      .from(source)
      .where(eq(table.id, id))
      .for('update');
    if (!locked) return null;
    const { ifVersion } = options ?? {};
    if (ifVersion !== undefined && locked.version !== null && locked.version !== ifVersion)
      throw new VersionConflict(locked.version);
    return first(tx, await tx.select(fields).from(source).where(eq(table.id, id)));
  };

  return {
    async list(db, q) {
      const { limit, offset } = (q && spec.page?.(q)) ?? {};
      const query = db
        .select(fields)
        .from(source)
        .where(and(...(q ? spec.conditions(q) : [])))
        .orderBy(...spec.orderBy)
        .$dynamic();
      if (limit !== undefined) query.limit(limit);
      if (offset !== undefined) query.offset(offset);
      return spec.featuresOf(db, rowsOf(await query));
    },

    async get(db, id) {
      if (!isUuid(id)) return null;
      return first(db, await db.select(fields).from(source).where(eq(table.id, id)));
    },

    create: (db, inputs, actor) => createFeatures(db, spec, inputs, actor),

    async update(db, id, patch, actor, options) {
      if (!isUuid(id)) return null;
      try {
        return await db.transaction(async (tx) => {
          const before = await lockedFeature(tx, id, options);
          if (!before) return null;
          const properties = definedOnly(patch.properties);
          const [geom] = patch.geometry
            ? await prepareGeometries(tx, spec.kind, [{ geometry: patch.geometry, path: 'geometry' }])
            : [];
          await spec.checkReferences?.(tx, [{ properties, path: 'properties' }]);
          // As in createFeatures: the spread of a generic table's columns is checked in each repository.
          const set = {
            ...spec.columnsOf(properties),
            ...(geom ? { geom } : {}),
            updatedAt: bumpedUpdatedAt(table.updatedAt),
            ...(versionColumn ? { version: sql`${versionColumn} + 1` } : {}),
          } as PgUpdateSetSource<TTable>;
          const rows = await tx.update(table).set(set).where(eq(table.id, id)).returning(selection);
          const after = await first(tx, rows);
          await recordAudit(tx, actor, [
            { entity: spec.entity, entityId: id, action: 'update', before, after },
          ]);
          return after;
        });
      } catch (err) {
        rethrowDbError(err);
      }
    },

    async remove(db, id, actor, options) {
      if (!isUuid(id)) return false;
      try {
        return await db.transaction(async (tx) => {
          const before = await lockedFeature(tx, id, options);
          if (!before) return false;
          await tx.delete(table).where(eq(table.id, id));
          await recordAudit(tx, actor, [{ entity: spec.entity, entityId: id, action: 'delete', before }]);
          return true;
        });
      } catch (err) {
        rethrowDbError(err);
      }
    },
  };
}
