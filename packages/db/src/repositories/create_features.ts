import { randomUUID } from 'node:crypto';
import type { AuditEntity } from '@siaga/schema';
import type { SQL } from 'drizzle-orm';
import type { PgColumn, PgInsertValue, PgTable, SelectedFieldsFlat } from 'drizzle-orm/pg-core';
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types';
import type { Actor } from '../actor.ts';
import type { SiagaDb } from '../database.ts';
import { rethrowDbError } from '../db_error.ts';
import { type GeometryKind, prepareGeometries } from '../geometry/prepare_geometries.ts';
import { recordAudit } from './audit.ts';
import { chunks, locateFeature } from './shared.ts';

/** A table of features: a uuid primary key and one geometry column. */
export type FeatureTable = PgTable & { id: PgColumn; geom: PgColumn };

/** A feature as its create schema parsed it. */
export interface FeatureInput {
  id?: string | undefined;
  geometry: unknown;
  properties: object;
}

/** Properties of one input and where they sit in the caller's input (e.g. features.3.properties). */
export interface PropertiesAt<TProperties> {
  properties: Partial<TProperties>;
  path: string;
}

/** What writing features of one table needs to know; everything else is the same for every table. */
export interface FeatureWriteSpec<
  TTable extends FeatureTable,
  TSelection extends SelectedFieldsFlat,
  TFeature extends { id?: string | undefined },
  TInput extends FeatureInput,
> {
  table: TTable;
  /** What the audit log calls a record of this table. */
  entity: AuditEntity;
  /**
   * 'each' (default): one audit entry per record, with the record before and after. 'summary': bulk tables
   * (roads, admin areas) get one entry per write naming how many records it touched, not thousands of copies.
   */
  auditAs?: 'each' | 'summary';
  /** The columns read back; must give the feature's `id`. */
  selection: TSelection;
  kind: GeometryKind;
  /** Rows to features; gets the database so a feature can load its children for all rows in one query. */
  featuresOf(db: SiagaDb, rows: SelectResultFields<TSelection>[]): TFeature[] | Promise<TFeature[]>;
  /** Column values of (some of) an input's properties: all of them on create, the sent ones on update. */
  columnsOf(properties: Partial<TInput['properties']>): Partial<TTable['$inferInsert']>;
  /** The input's values of the columns PostgreSQL may name in a duplicate or missing key, by column name. */
  keysOf(input: TInput): Record<string, unknown>;
  /**
   * Values of further geometry columns (admin areas: the label point), prepared in the write transaction;
   * `geoms[i]` is input i's prepared geometry, for columns computed from it.
   */
  geometryColumnsOf?(
    db: SiagaDb,
    inputs: TInput[],
    geoms: SQL[],
  ): Promise<Partial<Record<keyof TTable['$inferInsert'], SQL>>[]>;
  /** Refuses references to records that do not exist (runs in the write transaction, before any row). */
  checkReferences?(db: SiagaDb, refs: PropertiesAt<TInput['properties']>[]): Promise<void>;
  /** Rows that belong to the new features (cache items), written in the same transaction. */
  insertChildren?(db: SiagaDb, inputs: TInput[], ids: string[]): Promise<void>;
  /** The order to insert the inputs in (admin areas: parents first); default the input order. */
  insertOrder?(inputs: TInput[]): number[];
}

/**
 * Writes all features in one transaction, with their audit entries: any invalid geometry, missing reference or
 * duplicate key and nothing is written. Answers the features in input order.
 */
export async function createFeatures<
  TTable extends FeatureTable,
  TSelection extends SelectedFieldsFlat,
  TFeature extends { id?: string | undefined },
  TInput extends FeatureInput,
>(
  db: SiagaDb,
  spec: FeatureWriteSpec<TTable, TSelection, TFeature, TInput>,
  inputs: TInput[],
  actor: Actor,
): Promise<TFeature[]> {
  return (await writeFeatures(db, spec, inputs, actor, true)).features;
}

/**
 * As createFeatures, but reads nothing back (no RETURNING): answers the new ids in input order. For bulk imports
 * of a table audited as a summary (roads), where the rows read back would be the write's main memory cost.
 */
export async function insertFeatures<
  TTable extends FeatureTable,
  TSelection extends SelectedFieldsFlat,
  TFeature extends { id?: string | undefined },
  TInput extends FeatureInput,
>(
  db: SiagaDb,
  spec: FeatureWriteSpec<TTable, TSelection, TFeature, TInput> & { auditAs: 'summary' },
  inputs: TInput[],
  actor: Actor,
): Promise<string[]> {
  return (await writeFeatures(db, spec, inputs, actor, false)).ids;
}

async function writeFeatures<
  TTable extends FeatureTable,
  TSelection extends SelectedFieldsFlat,
  TFeature extends { id?: string | undefined },
  TInput extends FeatureInput,
>(
  db: SiagaDb,
  spec: FeatureWriteSpec<TTable, TSelection, TFeature, TInput>,
  inputs: TInput[],
  actor: Actor,
  readBack: boolean,
): Promise<{ ids: string[]; features: TFeature[] }> {
  if (inputs.length === 0) return { ids: [], features: [] };
  // Ids are chosen here so child rows can point at their feature and the answer follows the input order
  // without relying on the order of RETURNING.
  const ids = inputs.map((f) => f.id ?? randomUUID());
  try {
    return await db.transaction(async (tx) => {
      const geoms = await prepareGeometries(
        tx,
        spec.kind,
        inputs.map((f, i) => ({ geometry: f.geometry, path: `features.${i}.geometry` })),
      );
      const extra = await spec.geometryColumnsOf?.(tx, inputs, geoms);
      await spec.checkReferences?.(
        tx,
        inputs.map((f, i) => ({ properties: f.properties, path: `features.${i}.properties` })),
      );
      const order = spec.insertOrder?.(inputs) ?? inputs.map((_, i) => i);
      const values = order.map((i) => ({
        ...spec.columnsOf((inputs[i] as TInput).properties),
        ...extra?.[i],
        id: ids[i],
        geom: geoms[i],
      }));
      const rows: SelectResultFields<TSelection>[] = [];
      for (const chunk of chunks(values)) {
        // drizzle cannot check a spread of a generic table's columns, nor resolve a generic selection's rows:
        // `columnsOf` is checked against the concrete table in each repository (the create schema guarantees
        // the required properties), and RETURNING gives exactly `selection`'s fields.
        const insert = tx.insert(spec.table).values(chunk as PgInsertValue<TTable>[]);
        if (readBack)
          rows.push(...((await insert.returning(spec.selection)) as SelectResultFields<TSelection>[]));
        else await insert;
      }
      await spec.insertChildren?.(tx, inputs, ids);
      const byId = new Map((await spec.featuresOf(tx, rows)).map((f) => [f.id, f]));
      const features = ids.map((id) => byId.get(id)).filter((f): f is TFeature => f !== undefined);
      await recordAudit(
        tx,
        actor,
        spec.auditAs === 'summary'
          ? [{ entity: spec.entity, entityId: '*', action: 'create', after: { count: ids.length } }]
          : features.map((f) => ({
              entity: spec.entity,
              entityId: String(f.id),
              action: 'create',
              after: f,
            })),
      );
      return { ids, features };
    });
  } catch (err) {
    rethrowDbError(err, locateFeature(inputs, spec.keysOf));
  }
}
