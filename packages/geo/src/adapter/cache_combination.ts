import type { ItemNeed, ItemType } from '@siaga/schema';

/** A cache reachable by road, with its ETA and its ready units of the required items. */
export interface CacheOffer {
  id: string;
  etaS: number;
  ready: ReadonlyMap<ItemType, number>;
}

export interface CacheCombination {
  /** The slowest member's ETA. */
  etaS: number;
  /** Fastest first, each with what to take from it. */
  members: { cacheId: string; etaS: number; take: ItemNeed[] }[];
}

/** Subsets are enumerated exactly up to this size over at most EXACT_POOL caches; beyond that, greedily. */
const EXACT_SIZE = 4;
const EXACT_POOL = 24;

/**
 * The fastest way to meet an equipment requirement from several caches: the combination whose slowest member
 * arrives first, and among those the fewest caches (then the smallest sum of ETAs, then ids). One cache holding
 * everything is the combination of one. Null when all the offers together fall short.
 *
 * The slowest member of the best combination is the first cache, in ETA order, at which the caches up to it
 * together cover the requirement; the fewest caches are then sought among those caches.
 *
 * @example fastestCombination(offers, [{ itemType: 'chainsaw', quantity: 2 }, { itemType: 'tent', quantity: 10 }])
 */
export function fastestCombination(
  offers: readonly CacheOffer[],
  need: readonly ItemNeed[],
): CacheCombination | null {
  const wanted = need.filter((n) => n.quantity > 0);
  if (wanted.length === 0) return { etaS: 0, members: [] };
  const sorted = [...offers].sort((a, b) => a.etaS - b.etaS || compareIds(a.id, b.id));
  const total = new Map<ItemType, number>();
  let last = -1;
  for (let i = 0; i < sorted.length; i++) {
    const o = sorted[i] as CacheOffer;
    for (const n of wanted)
      total.set(n.itemType, (total.get(n.itemType) ?? 0) + (o.ready.get(n.itemType) ?? 0));
    if (covers(total, wanted)) {
      last = i;
      break;
    }
  }
  if (last < 0) return null;
  const bound = (sorted[last] as CacheOffer).etaS;
  // Ties with the slowest member's ETA may join too.
  const pool = sorted.filter(
    (o) => o.etaS <= bound && wanted.some((n) => (o.ready.get(n.itemType) ?? 0) > 0),
  );
  const chosen = smallestCover(pool, wanted) ?? pool;
  return allocate(chosen, wanted);
}

function smallestCover(pool: readonly CacheOffer[], wanted: readonly ItemNeed[]): CacheOffer[] | null {
  if (pool.length > EXACT_POOL) return greedyCover(pool, wanted);
  for (let size = 1; size <= Math.min(EXACT_SIZE, pool.length); size++) {
    const best = { subset: [] as CacheOffer[], sum: Infinity };
    forEachSubset(pool, size, (subset) => {
      const sum = subset.reduce((s, o) => s + o.etaS, 0);
      if (sum >= best.sum || !covers(sumReady(subset, wanted), wanted)) return;
      best.subset = [...subset];
      best.sum = sum;
    });
    if (best.subset.length > 0) return best.subset;
  }
  return greedyCover(pool, wanted);
}

/** Repeatedly takes the cache that supplies the most still-missing units (ETA order breaks ties). */
function greedyCover(pool: readonly CacheOffer[], wanted: readonly ItemNeed[]): CacheOffer[] {
  const left = new Map(wanted.map((n) => [n.itemType, n.quantity]));
  const chosen: CacheOffer[] = [];
  const rest = [...pool];
  while ([...left.values()].some((q) => q > 0) && rest.length > 0) {
    let bestI = 0;
    let bestGain = -1;
    rest.forEach((o, i) => {
      let gain = 0;
      for (const [type, q] of left) gain += Math.min(q, o.ready.get(type) ?? 0);
      if (gain > bestGain) {
        bestGain = gain;
        bestI = i;
      }
    });
    const [o] = rest.splice(bestI, 1) as [CacheOffer];
    chosen.push(o);
    for (const [type, q] of left) left.set(type, Math.max(0, q - (o.ready.get(type) ?? 0)));
  }
  return chosen;
}

/** Takes what each member must give, fastest member first. */
function allocate(members: readonly CacheOffer[], wanted: readonly ItemNeed[]): CacheCombination {
  const ordered = [...members].sort((a, b) => a.etaS - b.etaS || compareIds(a.id, b.id));
  const left = new Map(wanted.map((n) => [n.itemType, n.quantity]));
  const out: CacheCombination['members'] = [];
  for (const o of ordered) {
    const take: ItemNeed[] = [];
    for (const n of wanted) {
      const q = Math.min(left.get(n.itemType) ?? 0, o.ready.get(n.itemType) ?? 0);
      if (q <= 0) continue;
      take.push({ itemType: n.itemType, quantity: q });
      left.set(n.itemType, (left.get(n.itemType) ?? 0) - q);
    }
    if (take.length > 0) out.push({ cacheId: o.id, etaS: o.etaS, take });
  }
  return { etaS: out.reduce((m, x) => Math.max(m, x.etaS), 0), members: out };
}

function sumReady(offers: readonly CacheOffer[], wanted: readonly ItemNeed[]): Map<ItemType, number> {
  const total = new Map<ItemType, number>();
  for (const o of offers) {
    for (const n of wanted)
      total.set(n.itemType, (total.get(n.itemType) ?? 0) + (o.ready.get(n.itemType) ?? 0));
  }
  return total;
}

function covers(total: ReadonlyMap<ItemType, number>, wanted: readonly ItemNeed[]): boolean {
  return wanted.every((n) => (total.get(n.itemType) ?? 0) >= n.quantity);
}

/** Calls `visit` with every subset of `size` items, in lexicographic index order (the array is reused). */
function forEachSubset<T>(items: readonly T[], size: number, visit: (subset: readonly T[]) => void): void {
  const subset: T[] = [];
  const walk = (from: number): void => {
    if (subset.length === size) {
      visit(subset);
      return;
    }
    for (let i = from; i <= items.length - (size - subset.length); i++) {
      subset.push(items[i] as T);
      walk(i + 1);
      subset.pop();
    }
  };
  walk(0);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
