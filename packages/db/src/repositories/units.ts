import {
  SiagaError,
  type Unit,
  type UnitCreate,
  type UnitPatch,
  type UnitStatus,
  type UnitType,
} from '@siaga/schema';
import { and, asc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { SiagaDb } from '../database.ts';
import { writeTransaction } from '../db_error.ts';
import { bumpedUpdatedAt } from '../geometry/sql_fragments.ts';
import { units as table } from '../schema/index.ts';
import { recordAudit } from './audit.ts';
import { checkPostReferences } from './check_references.ts';
import type { WriteOptions } from './feature_repository.ts';
import { lockVersioned } from './locked_row.ts';
import { definedOnly, iso, isUuid } from './shared.ts';

export type UnitCreateParsed = ReturnType<typeof UnitCreate.parse>;
/** A unit of the seed: its id is given, so it stays the same between loads. */
export type UnitSeed = UnitCreateParsed & { id?: string | undefined };

export interface UnitQuery {
  postId?: string;
  status?: UnitStatus[];
  unitType?: UnitType[];
}

const selection = {
  id: table.id,
  postId: table.postId,
  callSign: table.callSign,
  unitType: table.unitType,
  crew: table.crew,
  status: table.status,
  notes: table.notes,
  version: table.version,
  createdAt: table.createdAt,
  updatedAt: table.updatedAt,
};

function unitOf(row: { createdAt: Date; updatedAt: Date } & Omit<Unit, 'createdAt' | 'updatedAt'>): Unit {
  return { ...row, createdAt: iso(row.createdAt), updatedAt: iso(row.updatedAt) };
}

const active = isNull(table.retiredAt);

function conditions(q: UnitQuery): SQL[] {
  const where: SQL[] = [active];
  if (q.postId !== undefined) where.push(isUuid(q.postId) ? eq(table.postId, q.postId) : sql`false`);
  if (q.status?.length) where.push(inArray(table.status, q.status));
  if (q.unitType?.length) where.push(inArray(table.unitType, q.unitType));
  return where;
}

async function getUnit(db: SiagaDb, id: string): Promise<Unit | null> {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select(selection)
    .from(table)
    .where(and(eq(table.id, id), active));
  return row ? unitOf(row) : null;
}

/** The unit locked for the transaction (null when missing or retired); VersionConflict as `ifVersion` says. */
export async function lockedUnit(tx: SiagaDb, id: string, ifVersion?: number): Promise<Unit | null> {
  if (!isUuid(id) || !(await lockVersioned(tx, table, id, ifVersion))) return null;
  return getUnit(tx, id);
}

/** Writes the change and its audit entry (the caller holds the lock and its transaction). */
async function writeUnit(
  tx: SiagaDb,
  before: Unit,
  set: Partial<typeof table.$inferInsert>,
  actor: Actor,
  action: 'update' | 'delete' = 'update',
): Promise<Unit> {
  const [row] = await tx
    .update(table)
    .set({ ...set, updatedAt: bumpedUpdatedAt(table.updatedAt), version: sql`${table.version} + 1` })
    .where(eq(table.id, before.id))
    .returning(selection);
  if (!row) throw new Error('UPDATE … RETURNING gave no row');
  const after = unitOf(row);
  await recordAudit(tx, actor, [
    { entity: 'unit', entityId: before.id, action, before, after: action === 'delete' ? null : after },
  ]);
  return after;
}

/** Sets the status an assignment gives or takes back, in the assignment's transaction. */
export function setUnitStatus(tx: SiagaDb, before: Unit, status: UnitStatus, actor: Actor): Promise<Unit> {
  return writeUnit(tx, before, { status }, actor);
}

function assignedConflict(unit: Unit, what: string): SiagaError {
  const message = `unit ${unit.callSign} is assigned to an incident: clear its assignment before ${what}`;
  return new SiagaError('conflict', message, [{ path: 'status', message }]);
}

/**
 * The vehicles of the posts. People set `available` and `maintenance`; `assigned` is given and taken back by
 * assignments only, so an assigned unit can be neither edited into another status nor retired.
 */
export const units = {
  async list(db: SiagaDb, q: UnitQuery = {}): Promise<Unit[]> {
    const rows = await db
      .select(selection)
      .from(table)
      .where(and(...conditions(q)))
      .orderBy(asc(table.postId), asc(table.callSign), asc(table.id));
    return rows.map(unitOf);
  },

  get: getUnit,

  async create(db: SiagaDb, input: UnitSeed, actor: Actor): Promise<Unit> {
    return writeTransaction(db, async (tx) => {
      await checkPostReferences(tx, [{ value: input.postId, path: 'postId' }]);
      const [row] = await tx.insert(table).values(input).returning(selection);
      if (!row) throw new Error('INSERT … RETURNING gave no row');
      const unit = unitOf(row);
      await recordAudit(tx, actor, [{ entity: 'unit', entityId: unit.id, action: 'create', after: unit }]);
      return unit;
    });
  },

  async update(
    db: SiagaDb,
    id: string,
    patch: UnitPatch,
    actor: Actor,
    options?: WriteOptions,
  ): Promise<Unit | null> {
    return writeTransaction(db, async (tx) => {
      const before = await lockedUnit(tx, id, options?.ifVersion);
      if (!before) return null;
      const set = definedOnly(patch);
      if (before.status === 'assigned' && set.status !== undefined)
        throw assignedConflict(before, 'changing its status');
      await checkPostReferences(tx, [{ value: set.postId, path: 'postId' }]);
      return writeUnit(tx, before, set, actor);
    });
  },

  /** Retires the unit: gone from lists and GET, kept for the assignments that name it. */
  async retire(db: SiagaDb, id: string, actor: Actor, options?: WriteOptions): Promise<boolean> {
    return writeTransaction(db, async (tx) => {
      const before = await lockedUnit(tx, id, options?.ifVersion);
      if (!before) return false;
      if (before.status === 'assigned') throw assignedConflict(before, 'retiring it');
      await writeUnit(tx, before, { retiredAt: new Date() }, actor, 'delete');
      return true;
    });
  },
};
