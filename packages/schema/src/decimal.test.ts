import { describe, expect, it } from 'vitest';
import { parseDecimal } from './decimal.ts';
import { BBoxParam } from './geometry.ts';

describe('parseDecimal', () => {
  it('reads plain decimals', () => {
    expect(parseDecimal('115')).toBe(115);
    expect(parseDecimal('-8.11')).toBe(-8.11);
    expect(parseDecimal('0.5')).toBe(0.5);
    expect(parseDecimal('.5')).toBe(0.5);
  });

  it('refuses what Number() would read as something else', () => {
    for (const s of ['', ' ', '0x73', '1e3', 'Infinity', 'NaN', '+1', '1.', '1,5', ' 1', '0b1', '1_000']) {
      expect(parseDecimal(s), JSON.stringify(s)).toBeNull();
    }
  });
});

describe('BBoxParam', () => {
  it('reads four decimals', () => {
    expect(BBoxParam.parse('114.9,-8.2,115.2,-8.05')).toEqual([114.9, -8.2, 115.2, -8.05]);
  });

  it('refuses empty parts and hexadecimal', () => {
    expect(BBoxParam.safeParse(',,,').success).toBe(false);
    expect(BBoxParam.safeParse('0x73,-8.2,115.2,-8.05').success).toBe(false);
    expect(BBoxParam.safeParse('114.9,-8.2,115.2,').success).toBe(false);
  });
});
