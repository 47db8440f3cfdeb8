import { describe, expect, it } from 'vitest';
import { allowedEdits, editDistance } from './edit_distance.ts';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps as one edit each', () => {
    expect(editDistance('mengening', 'mengening', 2)).toBe(0);
    expect(editDistance('mengenig', 'mengening', 2)).toBe(1);
    expect(editDistance('mengeninng', 'mengening', 2)).toBe(1);
    expect(editDistance('mengening', 'mangening', 2)).toBe(1);
    expect(editDistance('mengneing', 'mengening', 2)).toBe(1);
    expect(editDistance('kalibukbuk', 'kalibkubuk', 2)).toBe(1);
    expect(editDistance('abc', 'acb', 1)).toBe(1);
  });

  it('stops at max + 1', () => {
    expect(editDistance('sawan', 'seririt', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('pemuteran', 'pejarakan', 1)).toBe(2);
  });

  it('handles words longer than its reused rows', () => {
    const long = 'x'.repeat(100);
    expect(editDistance(long, `${long}y`, 2)).toBe(1);
  });

  it('forgives more in longer words', () => {
    expect([3, 4, 6, 7, 12].map(allowedEdits)).toEqual([0, 1, 1, 2, 2]);
  });
});
