/**
 * One equipment pre-positioning question on typed arrays: Z hazard zones each needing a kit (units of T item
 * types), C caches (existing ones with stock, candidate ones empty), the travel cost from every cache to every
 * zone, and the prices. A zone has its kit when, for every item type, the caches within the standard hold at
 * least the kit's units of it (a cache serves every zone it reaches: one event at a time).
 */
export interface PrepositioningProblem {
  /** need[z * T + t]: units of item type t zone z's kit asks for. */
  need: Int32Array;
  /** time[c * Z + z]: cost (seconds) from cache c to zone z; Infinity where unreachable. */
  time: Float64Array;
  /** A cache serves a zone when its cost is at most this. */
  standard: number;
  /** stock[c * T + t]: units of t ready at cache c now (0 at candidate caches). */
  stock: Int32Array;
  /** Most kit units cache c may hold in all (at least its stock). */
  capacity: Int32Array;
  /** Cost of setting up cache c before it holds anything (0 for existing caches). */
  openCost: Float64Array;
  /** Price of buying one unit of t. */
  buyPrice: Float64Array;
  /** Cost of moving one unit of t from one cache to another (handling, paperwork), before the distance. */
  movePrice: Float64Array;
  /** moveKm[a * C + b]: road km from cache a to cache b; Infinity where no road joins them. */
  moveKm: Float64Array;
  /** Cost per unit per km moved, added to the move price (a nearer cache is the cheaper source). */
  movePerKm: number;
  /** Most total cost to spend; Infinity when there is no budget. */
  budget: number;
}

export const typeCount = (p: PrepositioningProblem): number => p.buyPrice.length;
export const cacheCount = (p: PrepositioningProblem): number => p.capacity.length;
export const zoneCount = (p: PrepositioningProblem): number => p.need.length / Math.max(1, typeCount(p));

/** True when cache c is within the standard of zone z. */
export const serves = (p: PrepositioningProblem, c: number, z: number): boolean =>
  (p.time[c * zoneCount(p) + z] as number) <= p.standard;

/** The move price before the distance, as counted: never above the buy price (buying is always an option). */
export const moveCost = (p: PrepositioningProblem, t: number): number =>
  Math.min(p.movePrice[t] as number, p.buyPrice[t] as number);

/** Units of kit stock cache c holds now. */
export function stockOf(p: PrepositioningProblem, c: number): number {
  const types = typeCount(p);
  let total = 0;
  for (let t = 0; t < types; t++) total += p.stock[c * types + t] as number;
  return total;
}
