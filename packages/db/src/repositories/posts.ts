import type { BBox, PostCreate, PostFeature, PostKind, PostPatch, PostStatus } from '@siaga/schema';
import { asc, inArray, type SQL } from 'drizzle-orm';
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types';
import { parsePoint } from '../geometry/parse_geometry.ts';
import { geoJsonOf, intersectsBBox } from '../geometry/sql_fragments.ts';
import { posts as table } from '../schema/index.ts';
import { type FeatureRepository, featureRepository } from './feature_repository.ts';
import { iso } from './shared.ts';

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
  version: table.version,
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

export const posts: FeatureRepository<PostFeature, PostCreateParsed, PostPatch, PostQuery> =
  featureRepository({
    table,
    entity: 'post',
    selection: postSelection,
    kind: 'point',
    featuresOf: (_db, rows) => rows.map(postFeatureOf),
    columnsOf: (properties) => properties,
    keysOf: (f) => ({ id: f.id }),
    conditions: postConditions,
    orderBy: [asc(table.name), asc(table.id)],
  });
