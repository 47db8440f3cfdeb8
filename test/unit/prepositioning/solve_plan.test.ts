import {
  comparePlans,
  explainPlan,
  greedyPlan,
  type PlanScore,
  type PrepositioningProblem,
  scorePlan,
  solvePlan,
  zoneLines,
} from '@siaga/geo';
import loadHighs, { type Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';

let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

/** A deterministic small instance: 3 zones, 3 caches (the last a candidate), 2 item types. */
function instance(seed: number, budget = Infinity): PrepositioningProblem {
  let s = seed;
  const rand = () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
  const Z = 3;
  const C = 3;
  const T = 2;
  const int = (n: number) => Math.floor(rand() * n);
  return {
    need: Int32Array.from({ length: Z * T }, () => int(3)),
    time: Float64Array.from({ length: C * Z }, () => (rand() < 0.15 ? Infinity : 60 + int(1_200))),
    standard: 900,
    stock: Int32Array.from({ length: C * T }, (_, k) => (k >= (C - 1) * T ? 0 : int(3))),
    capacity: Int32Array.from({ length: C }, () => 1 + int(4)),
    openCost: Float64Array.from({ length: C }, (_, c) => (c === C - 1 ? 5 + int(20) : 0)),
    buyPrice: Float64Array.from({ length: T }, () => 10 + int(40)),
    movePrice: Float64Array.from({ length: T }, () => 1 + int(8)),
    // Road km between caches (0 on the diagonal), at a cost that sometimes makes moving dearer than buying.
    moveKm: Float64Array.from({ length: C * C }, (_, k) => (k % (C + 1) === 0 ? 0 : int(60))),
    movePerKm: 0.5,
    budget,
  };
}

/** The best plan by trying every holding within the capacities (small problems only): the check on HiGHS. */
function bruteForce(p: PrepositioningProblem): PlanScore {
  const T = p.buyPrice.length;
  const C = p.capacity.length;
  const hold = new Int32Array(C * T);
  let best: PlanScore | null = null;
  const visit = (k: number) => {
    if (k === C * T) {
      const score = scorePlan(p, hold);
      if (score.feasible && (best === null || comparePlans(score, best) < 0)) best = score;
      return;
    }
    const c = Math.floor(k / T);
    let used = 0;
    for (let t = 0; t < k % T; t++) used += hold[c * T + t] as number;
    let stock = 0;
    for (let t = 0; t < T; t++) stock += p.stock[c * T + t] as number;
    const room = Math.max(p.capacity[c] as number, stock) - used;
    for (let v = 0; v <= room; v++) {
      hold[k] = v;
      visit(k + 1);
    }
    hold[k] = 0;
  };
  visit(0);
  if (best === null) throw new Error('no feasible plan');
  return best;
}

describe('equipment pre-positioning', () => {
  // The enumeration scores every plan of 40 instances, each pairing its moves as a min-cost flow: seconds.
  it('equals exhaustive enumeration on random small cases, with and without a budget', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const p = instance(seed, seed % 3 === 0 ? 30 : Infinity);
      const best = bruteForce(p);
      const { fast, exact } = solvePlan(p, { highs, timeLimitS: 10 });
      expect(fast.score.feasible).toBe(true);
      expect(comparePlans(fast.score, best)).toBeGreaterThanOrEqual(-1e-9);
      expect(exact?.status).toBe('optimal');
      expect(exact?.score.missing).toBeCloseTo(best.missing, 9);
      expect(exact?.score.cost).toBeCloseTo(best.cost, 6);
      expect(exact?.gap).toBe(0);
    }
  }, 60_000);

  it('moves spare stock before buying, and says where it came from', () => {
    // Zone 0 is reached only by cache 1; cache 0 holds 3 chainsaws no zone in its reach needs.
    const p: PrepositioningProblem = {
      need: Int32Array.from([2]),
      time: Float64Array.from([2_000, 300]),
      standard: 900,
      stock: Int32Array.from([3, 0]),
      capacity: Int32Array.from([5, 5]),
      openCost: new Float64Array(2),
      buyPrice: Float64Array.from([100]),
      movePrice: Float64Array.from([5]),
      moveKm: new Float64Array(4),
      movePerKm: 0,
      budget: Infinity,
    };
    const { exact } = solvePlan(p, { highs, timeLimitS: 5 });
    expect(Array.from(exact?.hold ?? [])).toEqual([1, 2]);
    expect(exact?.score.cost).toBe(10);
    const [into] = explainPlan(p, exact?.hold ?? []).filter((h) => h.cache === 1);
    expect(into?.movedIn).toEqual([{ from: 0, units: 2 }]);
    expect(into?.serves).toEqual([{ zone: 0, time: 300, before: null }]);
  });

  it('takes stock from the nearer cache when the prices are otherwise equal, and pays for the km', () => {
    // Zone 0 is reached only by cache 2. Caches 0 and 1 each hold 1 spare chainsaw; cache 1 is 5 km from
    // cache 2 by road, cache 0 is 40 km away (listed first, so index order alone would pick it).
    const km = [
      [0, 30, 40],
      [30, 0, 5],
      [40, 5, 0],
    ].flat();
    const p: PrepositioningProblem = {
      need: Int32Array.from([1]),
      time: Float64Array.from([5_000, 5_000, 300]),
      standard: 900,
      stock: Int32Array.from([1, 1, 0]),
      capacity: Int32Array.from([5, 5, 5]),
      openCost: new Float64Array(3),
      buyPrice: Float64Array.from([1_000]),
      movePrice: Float64Array.from([50]),
      moveKm: Float64Array.from(km),
      movePerKm: 2,
      budget: Infinity,
    };
    const { fast, exact } = solvePlan(p, { highs, timeLimitS: 5 });
    for (const plan of [fast, exact]) {
      expect(Array.from(plan?.hold ?? [])).toEqual([1, 0, 1]);
      expect(plan?.score.cost).toBe(50 + 2 * 5);
      expect(plan?.score.moves[0]).toEqual([{ from: 1, to: 2, units: 1 }]);
    }
    // Scored on its own, the far source's plan costs its 40 km.
    expect(scorePlan(p, [0, 1, 1]).cost).toBe(50 + 2 * 40);
    const [into] = explainPlan(p, exact?.hold ?? []).filter((h) => h.cache === 2);
    expect(into?.movedIn).toEqual([{ from: 1, units: 1 }]);
    // Beyond the buy price, moving from afar loses to buying.
    const far = { ...p, stock: Int32Array.from([1, 0, 0]), movePerKm: 30 };
    expect(solvePlan(far, { highs, timeLimitS: 5 }).exact?.score).toMatchObject({ cost: 1_000, moves: [[]] });
  });

  it('reports the shortfall per zone when the budget does not allow the kit', () => {
    const p: PrepositioningProblem = {
      need: Int32Array.from([1, 3, 1, 3]),
      time: Float64Array.from([100, 5_000, 5_000, 100]),
      standard: 900,
      stock: new Int32Array(4),
      capacity: Int32Array.from([10, 10]),
      openCost: new Float64Array(2),
      buyPrice: Float64Array.from([50, 10]),
      movePrice: Float64Array.from([5, 1]),
      moveKm: new Float64Array(4),
      movePerKm: 0,
      budget: 60,
    };
    const greedy = scorePlan(p, greedyPlan(p));
    const { exact } = solvePlan(p, { highs, timeLimitS: 5 });
    expect(exact?.score.missing).toBeLessThanOrEqual(greedy.missing);
    expect(exact?.score.cost).toBeLessThanOrEqual(60);
    const short = zoneLines(p, exact?.hold ?? []).filter((l) => l.shortfall > 0);
    expect(short.length).toBeGreaterThan(0);
    expect(exact?.score.missing).toBeCloseTo(bruteForce(p).missing, 9);
  });

  it('leaves a zone no cache reaches short, whatever is bought', () => {
    const p: PrepositioningProblem = {
      need: Int32Array.from([1]),
      time: Float64Array.from([Infinity]),
      standard: 900,
      stock: new Int32Array(1),
      capacity: Int32Array.from([5]),
      openCost: new Float64Array(1),
      buyPrice: Float64Array.from([10]),
      movePrice: Float64Array.from([1]),
      moveKm: new Float64Array(1),
      movePerKm: 0,
      budget: Infinity,
    };
    const { fast, exact } = solvePlan(p, { highs, timeLimitS: 5 });
    expect(fast.score.shortfall[0]).toBe(1);
    expect(exact?.score.cost).toBe(0);
  });
});
