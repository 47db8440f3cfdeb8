import type { AuditAction, AuditEntity, LiveChange } from '@siaga/schema';
import type { AuditChange } from '../repositories/audit.ts';

/** Past this many rows of one entity and action, a write is announced once as a batch (an import, the seed). */
export const BATCH_FROM = 20;

type Loose = Record<string, unknown>;

const objectOf = (value: unknown): Loose | null =>
  value !== null && typeof value === 'object' ? (value as Loose) : null;

/** The record's own fields: a Feature's properties, or the plain object itself. */
function fieldsOf(record: unknown): Loose | null {
  const object = objectOf(record);
  return objectOf(object?.properties) ?? object;
}

function versionOf(change: AuditChange): number | null {
  const version = fieldsOf(change.after)?.version;
  return typeof version === 'number' && Number.isInteger(version) ? version : null;
}

function incidentIdOf(change: AuditChange): string | null {
  if (change.entity === 'incident') return change.entityId;
  for (const record of [change.after, change.before]) {
    const id = fieldsOf(record)?.incidentId;
    if (typeof id === 'string') return id;
  }
  return null;
}

/**
 * The small announcements of one audited write: one per changed record, or one per entity and action when a
 * write touches many rows. `at` is the time of the write.
 *
 * @example
 * liveChangesOf([{ entity: 'post', entityId: id, action: 'update', after: feature }], at)
 * // [{ entity: 'post', entityId: id, action: 'update', version: 3, incidentId: null, count: 1, at }]
 */
export function liveChangesOf(changes: readonly AuditChange[], at: string): LiveChange[] {
  const groups = new Map<string, AuditChange[]>();
  for (const change of changes) {
    const key = `${change.entity} ${change.action}`;
    const group = groups.get(key);
    if (group) group.push(change);
    else groups.set(key, [change]);
  }
  return [...groups.values()].flatMap((group) => {
    const [first] = group;
    if (!first) return [];
    if (group.length >= BATCH_FROM) return [batchOf(first.entity, first.action, group.length, at)];
    return group.map((change) => ({
      entity: change.entity,
      entityId: change.entityId,
      action: change.action,
      version: versionOf(change),
      incidentId: incidentIdOf(change),
      count: 1,
      at,
    }));
  });
}

const batchOf = (entity: AuditEntity, action: AuditAction, count: number, at: string): LiveChange => ({
  entity,
  entityId: null,
  action,
  version: null,
  incidentId: null,
  count,
  at,
});
