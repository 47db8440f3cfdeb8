import {
  type Assignment,
  type AssignmentCreate,
  type AssignmentStatus,
  canMoveAssignment,
  isClosedStatus,
  SiagaError,
  type StockOperation,
} from '@siaga/schema';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { SiagaDb } from '../database.ts';
import { writeTransaction } from '../db_error.ts';
import { bumpedUpdatedAt } from '../geometry/sql_fragments.ts';
import { caches, incidents, assignments as table } from '../schema/index.ts';
import { assignmentOf } from './assignment_rows.ts';
import { recordAudit } from './audit.ts';
import type { WriteOptions } from './feature_repository.ts';
import { appendEvents } from './incident_events.ts';
import { lockVersioned } from './locked_row.ts';
import { isUuid } from './shared.ts';
import { applyStockOperation } from './stock_operations.ts';
import { lockedUnit, setUnitStatus } from './units.ts';

/** The incident's title, its row locked: 404 when missing, 409 when it is closed. */
async function openIncident(tx: SiagaDb, id: string): Promise<string> {
  const [row] = isUuid(id)
    ? await tx
        .select({ title: incidents.title, status: incidents.status })
        .from(incidents)
        .where(eq(incidents.id, id))
        .for('update')
    : [];
  if (!row) throw new SiagaError('not_found', `No incident with id ${id}`);
  if (isClosedStatus(row.status)) {
    const message = `the incident is ${row.status}: a closed incident takes no new assignment`;
    throw new SiagaError('conflict', message, [{ path: 'incidentId', message }]);
  }
  return row.title;
}

const missing = (path: string, what: string, id: string) =>
  new SiagaError('validation_failed', `${id} is not an existing ${what}`, [
    { path, message: `${id} is not an existing ${what}` },
  ]);

/** A stock operation for an assignment; "not enough" is a conflict with the stock, not a bad request. */
async function moveStock(tx: SiagaDb, op: StockOperation, actor: Actor): Promise<void> {
  try {
    await applyStockOperation(tx, op, actor);
  } catch (err) {
    if (err instanceof SiagaError && err.code === 'validation_failed')
      throw new SiagaError('conflict', err.message, err.details);
    throw err;
  }
}

async function unitColumns(tx: SiagaDb, unitId: string, actor: Actor) {
  const unit = await lockedUnit(tx, unitId);
  if (!unit) throw missing('unitId', 'unit', unitId);
  if (unit.status !== 'available') {
    const message = `unit ${unit.callSign} is not available (${unit.status})`;
    throw new SiagaError('conflict', message, [{ path: 'unitId', message }]);
  }
  await setUnitStatus(tx, unit, 'assigned', actor);
  return { kind: 'unit' as const, unitId, postId: unit.postId };
}

async function itemColumns(
  tx: SiagaDb,
  input: Extract<AssignmentCreate, { kind: 'items' }>,
  title: string,
  actor: Actor,
) {
  const [cache] = isUuid(input.cacheId)
    ? await tx.select({ postId: caches.postId }).from(caches).where(eq(caches.id, input.cacheId))
    : [];
  if (!cache) throw missing('cacheId', 'cache', input.cacheId);
  const { cacheId, itemType, quantity } = input;
  await moveStock(
    tx,
    { kind: 'issue', cacheId, itemType, condition: 'baik', quantity, reason: `Penugasan: ${title}` },
    actor,
  );
  return { kind: 'items' as const, cacheId, itemType, quantity, postId: cache.postId };
}

/** The column a status stamps with its time. */
const stampOf = {
  dispatched: 'dispatchedAt',
  en_route: 'enRouteAt',
  on_scene: 'arrivedAt',
  cleared: 'clearedAt',
} as const satisfies Record<AssignmentStatus, keyof typeof table.$inferInsert>;

/**
 * Moves the locked assignment on, stamping the time; `cleared` gives the unit back (available) or the items
 * back to their cache. Audited, with an `assignment_status` timeline entry.
 */
async function moveOn(
  tx: SiagaDb,
  before: Assignment,
  status: AssignmentStatus,
  actor: Actor,
): Promise<Assignment> {
  if (!canMoveAssignment(before.status, status)) {
    const message = `cannot move an assignment from ${before.status} to ${status}`;
    throw new SiagaError('conflict', message, [{ path: 'status', message }]);
  }
  if (status === 'cleared') {
    if (before.unitId) {
      const unit = await lockedUnit(tx, before.unitId);
      if (unit?.status === 'assigned') await setUnitStatus(tx, unit, 'available', actor);
    }
    if (before.cacheId && before.itemType && before.quantity) {
      await moveStock(
        tx,
        {
          kind: 'receive',
          cacheId: before.cacheId,
          itemType: before.itemType,
          condition: 'baik',
          quantity: before.quantity,
          reason: `Kembali dari kejadian ${before.incidentId}`,
        },
        actor,
      );
    }
  }
  const [row] = await tx
    .update(table)
    .set({
      status,
      [stampOf[status]]: sql`now()`,
      updatedAt: bumpedUpdatedAt(table.updatedAt),
      version: sql`${table.version} + 1`,
    })
    .where(eq(table.id, before.id))
    .returning();
  if (!row) throw new Error('UPDATE … RETURNING gave no row');
  const after = assignmentOf(row);
  await recordAudit(tx, actor, [
    { entity: 'assignment', entityId: after.id, action: 'update', before, after },
  ]);
  await appendEvents(tx, actor, [
    {
      incidentId: after.incidentId,
      kind: 'assignment_status',
      assignmentId: after.id,
      assignmentStatus: status,
    },
  ]);
  return after;
}

/** Clears every open assignment of the incident (it is closing), in its transaction. */
export async function clearOpenAssignments(tx: SiagaDb, incidentId: string, actor: Actor): Promise<void> {
  const open = await tx
    .select()
    .from(table)
    .where(and(eq(table.incidentId, incidentId), ne(table.status, 'cleared')))
    .orderBy(table.createdAt, table.id)
    .for('update');
  for (const row of open) await moveOn(tx, assignmentOf(row), 'cleared', actor);
}

export const assignmentWrites = {
  /**
   * Sends a unit (it must be available; it becomes assigned) or items (issued from the cache's good stock) to an
   * open incident, with its modelled ETA: audited, with an `assignment` timeline entry, all in one transaction.
   * 409 for a unit not available, too few items or a closed incident; nothing is written then.
   */
  async create(
    db: SiagaDb,
    incidentId: string,
    input: AssignmentCreate,
    etaSeconds: number | null,
    actor: Actor,
  ): Promise<Assignment> {
    return writeTransaction(db, async (tx) => {
      const title = await openIncident(tx, incidentId);
      const columns =
        input.kind === 'unit'
          ? await unitColumns(tx, input.unitId, actor)
          : await itemColumns(tx, input, title, actor);
      const [row] = await tx
        .insert(table)
        .values({ ...columns, incidentId, etaSeconds })
        .returning();
      if (!row) throw new Error('INSERT … RETURNING gave no row');
      const assignment = assignmentOf(row);
      await recordAudit(tx, actor, [
        { entity: 'assignment', entityId: assignment.id, action: 'create', after: assignment },
      ]);
      await appendEvents(tx, actor, [{ incidentId, kind: 'assignment', assignmentId: assignment.id }]);
      return assignment;
    });
  },

  /** Moves the assignment forward (409 otherwise); null when the incident has no such assignment. */
  async move(
    db: SiagaDb,
    incidentId: string,
    id: string,
    status: AssignmentStatus,
    actor: Actor,
    options?: WriteOptions,
  ): Promise<Assignment | null> {
    if (!isUuid(id) || !isUuid(incidentId)) return null;
    return writeTransaction(db, async (tx) => {
      if (!(await lockVersioned(tx, table, id, options?.ifVersion))) return null;
      const [row] = await tx.select().from(table).where(eq(table.id, id));
      if (!row || row.incidentId !== incidentId) return null;
      return moveOn(tx, assignmentOf(row), status, actor);
    });
  },
};
