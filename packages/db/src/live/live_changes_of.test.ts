import { describe, expect, it } from 'vitest';
import type { AuditChange } from '../repositories/audit.ts';
import { BATCH_FROM, liveChangesOf } from './live_changes_of.ts';

const at = '2026-11-29T22:00:00.000Z';

describe('liveChangesOf', () => {
  it('reads the version of a Feature and of a plain record, and the incident a record belongs to', () => {
    const changes: AuditChange[] = [
      { entity: 'incident', entityId: 'i1', action: 'update', after: { properties: { version: 4 } } },
      { entity: 'post', entityId: 'p1', action: 'delete', before: { properties: { version: 2 } } },
      { entity: 'user', entityId: 'u1', action: 'update', after: { version: 3, incidentId: 7 } },
      { entity: 'cache_item', entityId: 'c1', action: 'issue', after: { incidentId: 'i2', version: 1.5 } },
    ];
    expect(liveChangesOf(changes, at)).toEqual([
      { entity: 'incident', entityId: 'i1', action: 'update', version: 4, incidentId: 'i1', count: 1, at },
      { entity: 'post', entityId: 'p1', action: 'delete', version: null, incidentId: null, count: 1, at },
      { entity: 'user', entityId: 'u1', action: 'update', version: 3, incidentId: null, count: 1, at },
      {
        entity: 'cache_item',
        entityId: 'c1',
        action: 'issue',
        version: null,
        incidentId: 'i2',
        count: 1,
        at,
      },
    ]);
  });

  it('announces a large write once per entity and action, a small one row by row', () => {
    const rows = (entity: 'road' | 'post', n: number): AuditChange[] =>
      Array.from({ length: n }, (_, i) => ({ entity, entityId: `${entity}${i}`, action: 'import' }));
    const changes = liveChangesOf([...rows('road', BATCH_FROM), ...rows('post', BATCH_FROM - 1)], at);
    expect(changes).toHaveLength(BATCH_FROM);
    expect(changes[0]).toEqual({
      entity: 'road',
      entityId: null,
      action: 'import',
      version: null,
      incidentId: null,
      count: BATCH_FROM,
      at,
    });
    expect(changes.slice(1).every((c) => c.entity === 'post' && c.count === 1)).toBe(true);
    expect(liveChangesOf([], at)).toEqual([]);
  });
});
