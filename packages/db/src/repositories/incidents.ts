import {
  type BBox,
  canMoveIncident,
  type IncidentCreate,
  type IncidentFeature,
  type IncidentPatch,
  type IncidentStatus,
  type IncidentType,
  isClosedStatus,
  SiagaError,
} from '@siaga/schema';
import { desc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types';
import type { SiagaDb } from '../database.ts';
import { writeTransaction } from '../db_error.ts';
import { parsePoint } from '../geometry/parse_geometry.ts';
import { geoJsonOf, intersectsBBox } from '../geometry/sql_fragments.ts';
import { assignments, incidents as table } from '../schema/index.ts';
import { clearOpenAssignments } from './assignment_writes.ts';
import { type FeatureRepository, featureRepository } from './feature_repository.ts';
import { appendEvents, type EventInput } from './incident_events.ts';
import { type IncidentPlace, placeOfPoint } from './incident_places.ts';
import { lockVersioned } from './locked_row.ts';
import { iso, isUuid } from './shared.ts';

export type IncidentCreateParsed = ReturnType<typeof IncidentCreate.parse>;

export interface IncidentQuery {
  bbox?: BBox;
  status?: IncidentStatus[];
  incidentType?: IncidentType[];
  /** ISO datetime: occurredAt at or after. */
  from?: string;
  /** ISO datetime: occurredAt at or before. */
  to?: string;
  kecamatanCode?: string;
  desaCode?: string;
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

/** What the server stores beside the client's properties: the place of the point and when it closed. */
type Derived = Partial<IncidentPlace> & { closedAt?: string | null };
type StoredProperties = IncidentCreateParsed['properties'] & Derived;
type StoredInput = Omit<IncidentCreateParsed, 'properties'> & { properties: StoredProperties };
type StoredPatch = Omit<IncidentPatch, 'properties'> & { properties?: Partial<StoredProperties> | undefined };

/** Timestamps arrive as ISO strings (with an offset) and are stored as timestamptz. */
function columnsOf(properties: Partial<StoredProperties>) {
  const { occurredAt, reportedAt, closedAt, ...rest } = properties;
  return {
    ...rest,
    ...(occurredAt !== undefined ? { occurredAt: new Date(occurredAt) } : {}),
    ...(reportedAt !== undefined ? { reportedAt: new Date(reportedAt) } : {}),
    ...(closedAt !== undefined ? { closedAt: closedAt === null ? null : new Date(closedAt) } : {}),
  };
}

function conditions(q: IncidentQuery): SQL[] {
  const where: SQL[] = [];
  if (q.bbox) where.push(intersectsBBox(table.geom, q.bbox));
  if (q.status?.length) where.push(inArray(table.status, q.status));
  if (q.incidentType?.length) where.push(inArray(table.incidentType, q.incidentType));
  if (q.from) where.push(gte(table.occurredAt, new Date(q.from)));
  if (q.to) where.push(lte(table.occurredAt, new Date(q.to)));
  if (q.kecamatanCode) where.push(eq(table.kecamatanCode, q.kecamatanCode));
  if (q.desaCode) where.push(eq(table.desaCode, q.desaCode));
  return where;
}

const stored: FeatureRepository<IncidentFeature, StoredInput, StoredPatch, IncidentQuery> = featureRepository(
  {
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
  },
);

const nowIso = () => new Date().toISOString();

/**
 * The incident as it is now, its row locked for the rest of the transaction (null when there is none);
 * VersionConflict first when `ifVersion` is not its version.
 */
async function lockedIncident(tx: SiagaDb, id: string, ifVersion?: number): Promise<IncidentFeature | null> {
  return (await lockVersioned(tx, table, id, ifVersion)) ? stored.get(tx, id) : null;
}

/** Refuses a move the workflow does not allow (409), naming the allowed ones. */
function requireMove(from: IncidentStatus, to: IncidentStatus): void {
  if (canMoveIncident(from, to)) return;
  const message = isClosedStatus(from)
    ? `the incident is already ${from}: a closed incident cannot change its status`
    : `cannot move an incident from ${from} to ${to}`;
  throw new SiagaError('conflict', message, [{ path: 'properties.status', message }]);
}

/** The timeline entries an edit of `before` into `after` adds. */
function editEvents(before: IncidentFeature, after: IncidentFeature, patch: IncidentPatch): EventInput[] {
  const incidentId = after.properties.id;
  const events: EventInput[] = [];
  const { status: _status, ...others } = patch.properties ?? {};
  if (patch.geometry || Object.values(others).some((v) => v !== undefined))
    events.push({ incidentId, kind: 'edited' });
  if (after.properties.status !== before.properties.status)
    events.push({
      incidentId,
      kind: 'status',
      fromStatus: before.properties.status,
      status: after.properties.status,
    });
  return events;
}

/**
 * Incidents: the desa and kecamatan come from the point (a point in the sea is refused), `reportedAt` defaults
 * to now, a status change follows the workflow (incident_workflow.ts), closing clears the open assignments, and
 * every write adds its timeline entries, all in the write's transaction.
 */
export const incidents: FeatureRepository<
  IncidentFeature,
  IncidentCreateParsed,
  IncidentPatch,
  IncidentQuery
> = {
  list: stored.list,
  get: stored.get,

  async create(db, inputs, actor) {
    return writeTransaction(db, async (tx) => {
      const prepared: StoredInput[] = [];
      for (const [i, input] of inputs.entries()) {
        const place = await placeOfPoint(tx, input.geometry.coordinates, `features.${i}.geometry`);
        const { status } = input.properties;
        prepared.push({
          ...input,
          properties: {
            ...input.properties,
            ...place,
            reportedAt: input.properties.reportedAt ?? nowIso(),
            closedAt: isClosedStatus(status) ? nowIso() : null,
          },
        });
      }
      const created = await stored.create(tx, prepared, actor);
      await appendEvents(
        tx,
        actor,
        created.map((f) => ({ incidentId: f.properties.id, kind: 'created', status: f.properties.status })),
      );
      return created;
    });
  },

  async update(db, id, patch, actor, options) {
    if (!isUuid(id)) return null;
    return writeTransaction(db, async (tx) => {
      const before = await lockedIncident(tx, id, options?.ifVersion);
      if (!before) return null;
      const to = patch.properties?.status;
      // Sending the status it has is no change, except on a closed incident: closing it again is refused.
      const moves =
        to !== undefined && (to !== before.properties.status || isClosedStatus(before.properties.status));
      if (moves) requireMove(before.properties.status, to);
      const place = patch.geometry ? await placeOfPoint(tx, patch.geometry.coordinates, 'geometry') : {};
      const closing = moves && isClosedStatus(to);
      const after = await stored.update(
        tx,
        id,
        {
          ...patch,
          properties: { ...patch.properties, ...place, ...(closing ? { closedAt: nowIso() } : {}) },
        },
        actor,
        options,
      );
      if (!after) return null;
      await appendEvents(tx, actor, editEvents(before, after, patch));
      if (closing) await clearOpenAssignments(tx, id, actor);
      return after;
    });
  },

  /** An incident with assignments keeps its record (409): cancel it instead. */
  async remove(db, id, actor, options) {
    if (!isUuid(id)) return false;
    return writeTransaction(db, async (tx) => {
      if (!(await lockedIncident(tx, id, options?.ifVersion))) return false;
      const [assigned] = await tx
        .select({ id: assignments.id })
        .from(assignments)
        .where(eq(assignments.incidentId, id))
        .limit(1);
      if (assigned) {
        const message = 'the incident has assignments and cannot be deleted; cancel it instead';
        throw new SiagaError('conflict', message, [{ path: 'id', message }]);
      }
      return stored.remove(tx, id, actor, options);
    });
  },
};
