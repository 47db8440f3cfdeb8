import type { CacheFeature, CacheRequirement, ItemNeed, ItemType } from '@siaga/schema';
import { readyUnits } from '../filter_caches.ts';
import { fastestCombination } from './cache_combination.ts';

/** A cache routed to the incident, as the closest answer ranks it. */
interface RoutedCache {
  facility: CacheFeature;
  etaS: number;
}

/**
 * How to meet an equipment requirement from the caches reachable by road: one cache with all, the fastest
 * combination, or short (with what is missing and how much of it all caches together hold, reachable or not).
 */
export function requirementAnswer(
  routed: readonly RoutedCache[],
  allCaches: readonly CacheFeature[],
  items: readonly ItemNeed[],
): CacheRequirement {
  const offers = routed.map((r) => ({
    id: r.facility.properties.id,
    etaS: r.etaS,
    ready: new Map<ItemType, number>(items.map((n) => [n.itemType, readyUnits(r.facility, n.itemType)])),
  }));
  const best = fastestCombination(offers, items);
  if (best !== null) {
    return {
      items: [...items],
      outcome: best.members.length === 1 ? 'one_cache' : 'combination',
      etaS: best.etaS,
      members: best.members,
      missing: [],
    };
  }
  const missing = items.flatMap((n) => {
    const reachable = offers.reduce((s, o) => s + (o.ready.get(n.itemType) ?? 0), 0);
    if (reachable >= n.quantity) return [];
    const heldReady = allCaches.reduce((s, c) => s + readyUnits(c, n.itemType), 0);
    return [{ itemType: n.itemType, quantity: n.quantity - reachable, heldReady }];
  });
  return { items: [...items], outcome: 'short', etaS: null, members: [], missing };
}
