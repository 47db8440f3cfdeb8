import type {
  BBox,
  HazardLevel,
  HazardType,
  HazardZoneCreate,
  HazardZoneFeature,
  HazardZonePatch,
} from '@siaga/schema';
import { asc, inArray, type SQL } from 'drizzle-orm';
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types';
import { parseMultiPolygon } from '../geometry/parse_geometry.ts';
import { areaKm2Of, geoJsonOf, intersectsBBox } from '../geometry/sql_fragments.ts';
import { hazardZones as table } from '../schema/index.ts';
import { type FeatureRepository, featureRepository } from './feature_repository.ts';
import { iso } from './shared.ts';

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
  version: table.version,
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
      createdAt: iso(createdAt),
      updatedAt: iso(updatedAt),
    },
  };
}

function conditions(q: HazardZoneQuery): SQL[] {
  const where: SQL[] = [];
  if (q.bbox) where.push(intersectsBBox(table.geom, q.bbox));
  if (q.hazardType?.length) where.push(inArray(table.hazardType, q.hazardType));
  if (q.level?.length) where.push(inArray(table.level, q.level));
  return where;
}

/** Polygons are stored as MultiPolygon. */
export const hazardZones: FeatureRepository<
  HazardZoneFeature,
  HazardZoneCreateParsed,
  HazardZonePatch,
  HazardZoneQuery
> = featureRepository({
  table,
  entity: 'hazard_zone',
  selection,
  kind: 'area',
  featuresOf: (_db, rows) => rows.map(featureOf),
  columnsOf: (properties) => properties,
  keysOf: (f) => ({ id: f.id }),
  conditions,
  orderBy: [asc(table.name), asc(table.id)],
});
