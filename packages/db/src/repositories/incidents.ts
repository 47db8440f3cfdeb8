import type {
  BBox,
  IncidentCreate,
  IncidentFeature,
  IncidentPatch,
  IncidentStatus,
  IncidentType,
} from '@siaga/schema';
import { desc, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types';
import { parsePoint } from '../geometry/parse_geometry.ts';
import { geoJsonOf, intersectsBBox } from '../geometry/sql_fragments.ts';
import { incidents as table } from '../schema/index.ts';
import { type FeatureRepository, featureRepository } from './feature_repository.ts';
import { iso } from './shared.ts';

export type IncidentCreateParsed = ReturnType<typeof IncidentCreate.parse>;

export interface IncidentQuery {
  bbox?: BBox;
  status?: IncidentStatus[];
  incidentType?: IncidentType[];
  /** ISO datetime: occurredAt at or after. */
  from?: string;
  /** ISO datetime: occurredAt at or before. */
  to?: string;
}

const selection = {
  id: table.id,
  title: table.title,
  incidentType: table.incidentType,
  status: table.status,
  occurredAt: table.occurredAt,
  reportedAt: table.reportedAt,
  reporterName: table.reporterName,
  reporterPhone: table.reporterPhone,
  peopleAffected: table.peopleAffected,
  desaCode: table.desaCode,
  kecamatanCode: table.kecamatanCode,
  closedAt: table.closedAt,
  source: table.source,
  notes: table.notes,
  geometry: geoJsonOf(table.geom),
  version: table.version,
  createdAt: table.createdAt,
  updatedAt: table.updatedAt,
};
type Row = SelectResultFields<typeof selection>;

function featureOf(row: Row): IncidentFeature {
  const { geometry, createdAt, updatedAt, occurredAt, reportedAt, closedAt, ...properties } = row;
  return {
    type: 'Feature',
    id: row.id,
    geometry: parsePoint(geometry),
    properties: {
      ...properties,
      occurredAt: iso(occurredAt),
      reportedAt: iso(reportedAt),
      closedAt: closedAt === null ? null : iso(closedAt),
      createdAt: iso(createdAt),
      updatedAt: iso(updatedAt),
    },
  };
}

/** Timestamps arrive as ISO strings (with an offset) and are stored as timestamptz. */
function columnsOf<P extends { occurredAt?: string | undefined; reportedAt?: string | undefined }>(
  properties: P,
) {
  const { occurredAt, reportedAt, ...rest } = properties;
  return {
    ...rest,
    ...(occurredAt !== undefined ? { occurredAt: new Date(occurredAt) } : {}),
    ...(reportedAt !== undefined ? { reportedAt: new Date(reportedAt) } : {}),
  };
}

function conditions(q: IncidentQuery): SQL[] {
  const where: SQL[] = [];
  if (q.bbox) where.push(intersectsBBox(table.geom, q.bbox));
  if (q.status?.length) where.push(inArray(table.status, q.status));
  if (q.incidentType?.length) where.push(inArray(table.incidentType, q.incidentType));
  if (q.from) where.push(gte(table.occurredAt, new Date(q.from)));
  if (q.to) where.push(lte(table.occurredAt, new Date(q.to)));
  return where;
}

export const incidents: FeatureRepository<
  IncidentFeature,
  IncidentCreateParsed,
  IncidentPatch,
  IncidentQuery
> = featureRepository({
  table,
  entity: 'incident',
  selection,
  kind: 'point',
  featuresOf: (_db, rows) => rows.map(featureOf),
  columnsOf,
  keysOf: (f) => ({ id: f.id }),
  conditions,
  /** Newest first. */
  orderBy: [desc(table.occurredAt), desc(table.id)],
});
