import { describe, expect, it } from 'vitest';
import { post } from '../testing/fixtures.ts';
import { changedFields, shortValue } from './audit_changes.ts';

const words = { empty: '(kosong)', geometry: 'lokasi' };

describe('changedFields', () => {
  it('lists the properties and geometry of a feature that differ, without version and timestamps', () => {
    const before = post({ staff: 4, name: 'Pos A' });
    const after = {
      ...before,
      geometry: { type: 'Point', coordinates: [115.2, -8.1] },
      properties: { ...before.properties, staff: 6, version: 2, updatedAt: '2026-11-29T10:00:00.000Z' },
    };
    expect(changedFields(before, after)).toEqual([
      { field: 'staff', before: 4, after: 6 },
      { field: 'geometry', before: before.geometry, after: after.geometry },
    ]);
    expect(changedFields(before, before)).toEqual([]);
  });

  it('lists every field a create set and a delete removed, and compares nested values by content', () => {
    expect(changedFields(null, { id: 'u', role: 'viewer' })).toEqual([
      { field: 'id', before: null, after: 'u' },
      { field: 'role', before: null, after: 'viewer' },
    ]);
    expect(changedFields({ label: 'sync' }, null)).toEqual([{ field: 'label', before: 'sync', after: null }]);
    expect(changedFields({ items: [{ n: 1 }] }, { items: [{ n: 1 }] })).toEqual([]);
  });
});

describe('shortValue', () => {
  it('writes empty values, geometry and long text in one short line', () => {
    expect(shortValue(null, words)).toBe('(kosong)');
    expect(shortValue('', words)).toBe('(kosong)');
    expect(shortValue({ type: 'Point', coordinates: [1, 2] }, words)).toBe('lokasi');
    expect(shortValue(false, words)).toBe('false');
    expect(shortValue('x'.repeat(80), words, 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
