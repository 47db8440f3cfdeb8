import type { CacheFeature, ItemType } from '@siaga/schema';

/** Units of `itemType` ready for dispatch at a cache: available now and in good condition (`baik`). */
export function readyUnits(cache: CacheFeature, itemType: ItemType): number {
  let ready = 0;
  for (const item of cache.properties.items) {
    if (item.itemType === itemType && item.condition === 'baik') ready += item.quantityAvailable;
  }
  return ready;
}

/**
 * Caches holding at least `minAvailable` ready units of `itemType` (summed over the cache's items of that type,
 * see readyUnits). Pass the result as facilities to closestFacility for "nearest cache with 2 chainsaws".
 *
 * @example cachesWithAvailable(caches, 'chainsaw', 2)
 */
export function cachesWithAvailable(
  caches: readonly CacheFeature[],
  itemType: ItemType,
  minAvailable: number,
): CacheFeature[] {
  return caches.filter((c) => readyUnits(c, itemType) >= minAvailable);
}
