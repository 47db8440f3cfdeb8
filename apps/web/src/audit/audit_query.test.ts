import { describe, expect, it } from 'vitest';
import { auditKeyOf } from './audit_entity.ts';
import { auditSearch, NO_FILTERS } from './audit_query.ts';

describe('auditSearch', () => {
  it('leaves out empty filters and trims text', () => {
    expect(auditSearch(NO_FILTERS)).toBe('');
    expect(auditSearch({ ...NO_FILTERS, entity: 'post', actor: ' made ' }, { limit: 50, offset: 100 })).toBe(
      'entity=post&actor=made&limit=50&offset=100',
    );
  });

  it('runs the period from the first day at midnight to the end of the last day, local time', () => {
    const q = new URLSearchParams(
      auditSearch({ ...NO_FILTERS, fromDate: '2026-11-01', toDate: '2026-11-30' }),
    );
    const from = new Date(q.get('from') ?? '');
    const to = new Date(q.get('to') ?? '');
    expect([from.getFullYear(), from.getMonth(), from.getDate(), from.getHours()]).toEqual([2026, 10, 1, 0]);
    expect([to.getFullYear(), to.getMonth(), to.getDate(), to.getHours()]).toEqual([2026, 11, 1, 0]);
  });

  it('ignores a date that is not a day', () => {
    expect(auditSearch({ ...NO_FILTERS, fromDate: '1 Nov' })).toBe('');
  });

  it('names a selected feature as the audit log does', () => {
    expect(auditKeyOf({ kind: 'hazardZone', id: 'h1' })).toEqual({ entity: 'hazard_zone', entityId: 'h1' });
    expect(auditKeyOf({ kind: 'desa', id: '51.08.01.2001' })).toEqual({
      entity: 'admin_area',
      entityId: '51.08.01.2001',
    });
  });
});
