import type { ItemType } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { type CacheOffer, fastestCombination } from './cache_combination.ts';

const offer = (id: string, etaS: number, ready: Partial<Record<ItemType, number>>): CacheOffer => ({
  id,
  etaS,
  ready: new Map(Object.entries(ready) as [ItemType, number][]),
});

const need = [
  { itemType: 'chainsaw', quantity: 2 },
  { itemType: 'generator', quantity: 1 },
  { itemType: 'tent', quantity: 10 },
] as const;

describe('fastestCombination', () => {
  it('takes one cache when the fastest way is a cache that has everything', () => {
    const best = fastestCombination(
      [offer('far', 900, { chainsaw: 5 }), offer('all', 300, { chainsaw: 2, generator: 1, tent: 12 })],
      need,
    );
    expect(best).toEqual({
      etaS: 300,
      members: [{ cacheId: 'all', etaS: 300, take: [...need] }],
    });
  });

  it('prefers a quicker combination to a slower cache that has all: the slowest member sets the ETA', () => {
    const best = fastestCombination(
      [
        offer('all', 1200, { chainsaw: 9, generator: 9, tent: 99 }),
        offer('saws', 200, { chainsaw: 2 }),
        offer('camp', 400, { generator: 1, tent: 10 }),
      ],
      need,
    );
    expect(best?.etaS).toBe(400);
    expect(best?.members.map((m) => m.cacheId)).toEqual(['saws', 'camp']);
    expect(best?.members[1]?.take).toEqual([
      { itemType: 'generator', quantity: 1 },
      { itemType: 'tent', quantity: 10 },
    ]);
  });

  it('at the same ETA uses the fewest caches', () => {
    const best = fastestCombination(
      [
        offer('a', 100, { chainsaw: 1 }),
        offer('b', 150, { chainsaw: 1 }),
        offer('c', 200, { tent: 10, generator: 1 }),
        offer('d', 300, { chainsaw: 2, generator: 1, tent: 10 }),
        offer('e', 300, { chainsaw: 2 }),
      ],
      need,
    );
    // a+b+c reach by 200 s; nothing quicker covers it, and no pair within 200 s does.
    expect(best?.etaS).toBe(200);
    expect(best?.members.map((m) => m.cacheId)).toEqual(['a', 'b', 'c']);
  });

  it('drops a faster cache that is not needed once fewer caches reach as quickly', () => {
    const best = fastestCombination(
      [offer('a', 100, { chainsaw: 1 }), offer('b', 200, { chainsaw: 2, generator: 1, tent: 10 })],
      need,
    );
    expect(best?.members.map((m) => m.cacheId)).toEqual(['b']);
  });

  it('sums quantities over several caches of the same item', () => {
    const best = fastestCombination(
      [offer('a', 100, { tent: 4 }), offer('b', 110, { tent: 4 }), offer('c', 120, { tent: 4 })],
      [{ itemType: 'tent', quantity: 10 }],
    );
    expect(best?.members.map((m) => [m.cacheId, m.take[0]?.quantity])).toEqual([
      ['a', 4],
      ['b', 4],
      ['c', 2],
    ]);
  });

  it('is null when all the caches together fall short', () => {
    expect(fastestCombination([offer('a', 100, { chainsaw: 1 })], need)).toBeNull();
    expect(fastestCombination([], need)).toBeNull();
  });
});
