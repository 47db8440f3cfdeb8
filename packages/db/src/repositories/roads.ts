import type { BBox, RoadCreate, RoadFeature } from '@siaga/schema';
import { asc, count } from 'drizzle-orm';
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types';
import type { Actor } from '../actor.ts';
import type { SiagaDb } from '../database.ts';
import { parseLineString } from '../geometry/parse_geometry.ts';
import { geoJsonOf, intersectsBBox, lengthMOf } from '../geometry/sql_fragments.ts';
import { roads as table } from '../schema/index.ts';
import { insertFeatures } from './create_features.ts';
import {
  type FeatureRepository,
  type FeatureRepositorySpec,
  featureRepository,
} from './feature_repository.ts';

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
    properties,
  };
}

const spec: FeatureRepositorySpec<
  typeof table,
  typeof selection,
  RoadFeature,
  RoadCreateParsed,
  RoadQuery
> & {
  auditAs: 'summary';
} = {
  table,
  entity: 'road',
  auditAs: 'summary',
  selection,
  kind: 'line',
  featuresOf: (_db, rows) => rows.map(featureOf),
  columnsOf: (properties) => properties,
  keysOf: (f) => ({ id: f.id, source_id: f.properties.sourceId }),
  conditions: (q) => (q.bbox ? [intersectsBBox(table.geom, q.bbox)] : []),
  orderBy: [asc(table.sourceId)],
  page: ({ limit, offset }) => ({ limit, offset }),
};

const repository: FeatureRepository<RoadFeature, RoadCreateParsed, never, RoadQuery> =
  featureRepository(spec);

/** Roads are only imported and listed (nothing edits one road), so get, update and remove stay unexposed. */
export const roads = {
  /** Ordered by sourceId, so limit/offset pages are stable. */
  list: repository.list,
  /** All roads in one transaction, answered as stored; a duplicate sourceId (stored or in the batch) is a conflict. */
  create: repository.create,
  /**
   * As `create`, but reads nothing back: answers the new ids in input order. What imports use (the CLI, the
   * seed): on a large import the rows `create` answers are the main memory cost, and nobody reads them.
   */
  insert: (db: SiagaDb, inputs: RoadCreateParsed[], actor: Actor): Promise<string[]> =>
    insertFeatures(db, spec, inputs, actor),

  async count(db: SiagaDb): Promise<number> {
    const [row] = await db.select({ n: count() }).from(table);
    return row?.n ?? 0;
  },
};
