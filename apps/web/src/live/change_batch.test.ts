import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createChangeBatch } from './change_batch.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createChangeBatch', () => {
  it('hands over a burst once, 150 ms after its first change, without being pushed back', () => {
    const bursts: { entities: string[]; everything: boolean }[] = [];
    const batch = createChangeBatch(150, (b) => bursts.push({ ...b, entities: [...b.entities] }));
    batch.change('post');
    vi.advanceTimersByTime(100);
    batch.change('cache');
    batch.change('post');
    vi.advanceTimersByTime(50);
    expect(bursts).toEqual([{ entities: ['post', 'cache'], everything: false }]);
    batch.resync();
    vi.advanceTimersByTime(150);
    expect(bursts[1]).toEqual({ entities: [], everything: true });
    batch.change('road');
    batch.cancel();
    vi.advanceTimersByTime(500);
    expect(bursts).toHaveLength(2);
  });
});
