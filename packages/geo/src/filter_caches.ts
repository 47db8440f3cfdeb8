import type { CacheFeature, ItemType } from '@siaga/schema';

/**
 * Caches holding at least `minAvailable` units of `itemType` ready for dispatch (summed over the cache's items
 * of that type). Pass the result as facilities to closestFacility for "nearest cache with 2 chainsaws".
 *
 * @example cachesWithAvailable(caches, 'chainsaw', 2)
 */
export function cachesWithAvailable(
  caches: readonly CacheFeature[],
  itemType: ItemType,
  minAvailable: number,
): CacheFeature[] {
  return caches.filter((c) => {
    let available = 0;
    for (const item of c.properties.items)
      if (item.itemType === itemType) available += item.quantityAvailable;
    return available >= minAvailable;
  });
}
