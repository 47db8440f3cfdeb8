import { describe, expect, it } from 'vitest';
import { type NameBox, overlappedNames } from './name_collision.ts';

const box = (id: string, x: number, y: number, priority: number, width = 100, height = 14): NameBox => ({
  id,
  x,
  y,
  width,
  height,
  priority,
});

describe('overlappedNames', () => {
  it('hides the less important of two overlapping names', () => {
    // Sawan and Kubutambahan side by side at the first view, 47 px apart: the larger area keeps its name.
    expect(overlappedNames([box('sawan', 692, 279, 92), box('kubutambahan', 739, 278, 118)], 4)).toEqual(
      new Set(['sawan']),
    );
  });

  it('keeps names that are clear of each other, padding included', () => {
    expect(overlappedNames([box('a', 0, 0, 1), box('b', 110, 0, 2)], 4)).toEqual(new Set());
    expect(overlappedNames([box('a', 0, 0, 1), box('b', 110, 0, 2)], 6)).toEqual(new Set(['a']));
    expect(overlappedNames([box('a', 0, 0, 1), box('b', 0, 30, 2)], 4)).toEqual(new Set());
  });

  it('lets a name hidden by a bigger one leave room for a third', () => {
    // b overlaps a (bigger) and c; once b is hidden, c is clear of a and stays.
    const hidden = overlappedNames([box('a', 0, 0, 3), box('b', 80, 0, 2), box('c', 160, 0, 1)], 0);
    expect(hidden).toEqual(new Set(['b']));
  });
});
