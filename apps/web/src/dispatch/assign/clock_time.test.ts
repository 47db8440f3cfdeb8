import { describe, expect, it } from 'vitest';
import { clockAfter } from './clock_time.ts';

describe('clockAfter', () => {
  it('gives the arrival as a WITA clock time in the interface language', () => {
    const from = Date.parse('2026-11-29T02:00:00Z');
    expect(clockAfter('id', from, 600)).toBe('10.10');
    expect(clockAfter('en', from, 3599)).toBe('11:00');
  });
});
