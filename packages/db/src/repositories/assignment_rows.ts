import type { Assignment } from '@siaga/schema';
import { asc, eq } from 'drizzle-orm';
import type { SiagaDb } from '../database.ts';
import { assignments as table } from '../schema/index.ts';
import { iso, isUuid } from './shared.ts';

type Row = typeof table.$inferSelect;

const isoOrNull = (d: Date | null) => (d === null ? null : iso(d));

export function assignmentOf(row: Row): Assignment {
  return {
    id: row.id,
    incidentId: row.incidentId,
    kind: row.kind,
    unitId: row.unitId,
    postId: row.postId,
    cacheId: row.cacheId,
    itemType: row.itemType,
    quantity: row.quantity,
    status: row.status,
    etaSeconds: row.etaSeconds,
    dispatchedAt: iso(row.dispatchedAt),
    enRouteAt: isoOrNull(row.enRouteAt),
    arrivedAt: isoOrNull(row.arrivedAt),
    clearedAt: isoOrNull(row.clearedAt),
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

export const assignments = {
  /** The incident's assignments, oldest first. */
  async list(db: SiagaDb, incidentId: string): Promise<Assignment[]> {
    if (!isUuid(incidentId)) return [];
    const rows = await db
      .select()
      .from(table)
      .where(eq(table.incidentId, incidentId))
      .orderBy(asc(table.dispatchedAt), asc(table.createdAt), asc(table.id));
    return rows.map(assignmentOf);
  },

  async get(db: SiagaDb, incidentId: string, id: string): Promise<Assignment | null> {
    if (!isUuid(id) || !isUuid(incidentId)) return null;
    const [row] = await db.select().from(table).where(eq(table.id, id));
    return row && row.incidentId === incidentId ? assignmentOf(row) : null;
  },
};
