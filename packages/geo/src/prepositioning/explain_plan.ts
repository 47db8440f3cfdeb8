import { pairMoves } from './pair_moves.ts';
import {
  cacheCount,
  type PrepositioningProblem,
  serves,
  typeCount,
  zoneCount,
} from './prepositioning_problem.ts';

export interface ZoneReach {
  zone: number;
  /** Cost from the cache to the zone. */
  time: number;
  /** The nearest cache holding this item type before the plan, null when none reached the zone. */
  before: { cache: number; time: number } | null;
}

/** Why a cache holds what the plan says: where the units come from or go, and which zones they serve. */
export interface HoldingExplanation {
  cache: number;
  type: number;
  stock: number;
  hold: number;
  movedIn: { from: number; units: number }[];
  movedOut: { to: number; units: number }[];
  bought: number;
  /** Zones whose kit asks for this item type and that this cache reaches within the standard. */
  serves: ZoneReach[];
}

/** One zone's kit line after the plan. */
export interface ZoneLine {
  zone: number;
  type: number;
  need: number;
  /** Units within the standard before and after the plan. */
  before: number;
  after: number;
  shortfall: number;
}

function nearestHolding(
  p: PrepositioningProblem,
  hold: ArrayLike<number>,
  z: number,
  t: number,
): { cache: number; time: number } | null {
  const T = typeCount(p);
  const Z = zoneCount(p);
  let best: { cache: number; time: number } | null = null;
  for (let c = 0; c < cacheCount(p); c++) {
    if ((hold[c * T + t] as number) <= 0) continue;
    const time = p.time[c * Z + z] as number;
    if (Number.isFinite(time) && (best === null || time < best.time)) best = { cache: c, time };
  }
  return best;
}

/**
 * Explains every holding the plan changes: the units moved in (from which cache) or bought, the units moved out
 * (to which cache), the zones served with their travel time, and the cache that served each zone before.
 * Moves are paired at least cost (pairMoves), as the plan's score counts them.
 *
 * @example explainPlan(problem, exact.hold).find((h) => h.bought > 0)?.serves
 */
export function explainPlan(p: PrepositioningProblem, hold: ArrayLike<number>): HoldingExplanation[] {
  const T = typeCount(p);
  const C = cacheCount(p);
  const Z = zoneCount(p);
  const out: HoldingExplanation[] = [];
  for (let t = 0; t < T; t++) {
    const entries = new Map<number, HoldingExplanation>();
    for (let c = 0; c < C; c++) {
      const stock = p.stock[c * T + t] as number;
      const h = hold[c * T + t] as number;
      if (h === stock) continue;
      const reach: ZoneReach[] = [];
      for (let z = 0; z < Z; z++) {
        if ((p.need[z * T + t] as number) <= 0 || !serves(p, c, z)) continue;
        const before = nearestHolding(p, p.stock, z, t);
        reach.push({
          zone: z,
          time: p.time[c * Z + z] as number,
          before: before !== null && before.time <= p.standard ? before : null,
        });
      }
      entries.set(c, {
        cache: c,
        type: t,
        stock,
        hold: h,
        movedIn: [],
        movedOut: [],
        bought: 0,
        serves: reach,
      });
    }
    const change = pairMoves(p, hold, t);
    for (const m of change.moves) {
      entries.get(m.to)?.movedIn.push({ from: m.from, units: m.units });
      entries.get(m.from)?.movedOut.push({ to: m.to, units: m.units });
    }
    for (const entry of entries.values()) entry.bought = change.bought[entry.cache] as number;
    out.push(...entries.values());
  }
  return out;
}

/** Every zone's kit lines: needed, within the standard before and after, short. */
export function zoneLines(p: PrepositioningProblem, hold: ArrayLike<number>): ZoneLine[] {
  const T = typeCount(p);
  const C = cacheCount(p);
  const Z = zoneCount(p);
  const lines: ZoneLine[] = [];
  for (let z = 0; z < Z; z++) {
    for (let t = 0; t < T; t++) {
      const need = p.need[z * T + t] as number;
      if (need <= 0) continue;
      let before = 0;
      let after = 0;
      for (let c = 0; c < C; c++) {
        if (!serves(p, c, z)) continue;
        before += p.stock[c * T + t] as number;
        after += hold[c * T + t] as number;
      }
      lines.push({ zone: z, type: t, need, before, after, shortfall: Math.max(0, need - after) });
    }
  }
  return lines;
}
