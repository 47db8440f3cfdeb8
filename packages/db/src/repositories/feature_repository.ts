import { and, eq, type SQL } from 'drizzle-orm';
import type { PgColumn, PgUpdateSetSource, SelectedFieldsFlat } from 'drizzle-orm/pg-core';
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types';
import type { SiagaDb } from '../database.ts';
import { rethrowDbError } from '../db_error.ts';
import { prepareGeometries } from '../geometry/prepare_geometries.ts';
import { bumpedUpdatedAt } from '../geometry/sql_fragments.ts';
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

/** What one feature table's repository states; the list/get/create/update/remove code is the same for all. */
export interface FeatureRepositorySpec<
  TTable extends FeatureTable & { updatedAt: PgColumn },
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
  create(db: SiagaDb, inputs: TInput[]): Promise<TFeature[]>;
  /** Null when there is no feature with this id. */
  update(db: SiagaDb, id: string, patch: TPatch): Promise<TFeature | null>;
  remove(db: SiagaDb, id: string): Promise<boolean>;
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
  TTable extends FeatureTable & { updatedAt: PgColumn },
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

    create: (db, inputs) => createFeatures(db, spec, inputs),

    async update(db, id, patch) {
      if (!isUuid(id)) return null;
      try {
        return await db.transaction(async (tx) => {
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
          } as PgUpdateSetSource<TTable>;
          const rows = await tx.update(table).set(set).where(eq(table.id, id)).returning(selection);
          return first(tx, rows);
        });
      } catch (err) {
        rethrowDbError(err);
      }
    },

    async remove(db, id) {
      if (!isUuid(id)) return false;
      const rows = await db.delete(table).where(eq(table.id, id)).returning({ id: table.id });
      return rows.length > 0;
    },
  };
}
