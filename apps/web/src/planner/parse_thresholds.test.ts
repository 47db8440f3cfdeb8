import { describe, expect, it } from 'vitest';
import { parseThresholds } from './parse_thresholds.ts';

describe('parseThresholds', () => {
  it('reads comma or space separated ascending minutes', () => {
    expect(parseThresholds('5, 10, 15')).toEqual([5, 10, 15]);
    expect(parseThresholds('5 8')).toEqual([5, 8]);
    expect(parseThresholds('7.5')).toEqual([7.5]);
  });

  it('refuses what the engine would refuse', () => {
    expect(parseThresholds('')).toBeNull();
    expect(parseThresholds('15, 5')).toBeNull();
    expect(parseThresholds('5, 5')).toBeNull();
    expect(parseThresholds('0')).toBeNull();
    expect(parseThresholds('121')).toBeNull();
    expect(parseThresholds('lima')).toBeNull();
  });
});
