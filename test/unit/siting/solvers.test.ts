import {
  exactSites,
  explainSites,
  heuristicSites,
  objectiveOf,
  type SitingObjective,
  type SitingProblem,
  uncoverableDemand,
} from '@siaga/geo';
import loadHighs, { type Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { bruteForce } from './brute_force.ts';

let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

/** A deterministic instance: demand and candidates on a 10 x 10 km square, two existing posts. */
function instance(objective: SitingObjective, seed: number, budget = false): SitingProblem {
  let s = seed;
  const rand = () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
  const n = 40;
  const m = 12;
  const demand = Array.from({ length: n }, () => [rand() * 10_000, rand() * 10_000] as const);
  const sites = Array.from({ length: m }, () => [rand() * 10_000, rand() * 10_000] as const);
  const posts = [
    [2_000, 2_000],
    [8_000, 8_000],
  ] as const;
  const dist = (a: readonly number[], b: readonly number[]) =>
    Math.hypot((a[0] ?? 0) - (b[0] ?? 0), (a[1] ?? 0) - (b[1] ?? 0));
  const cost = new Float64Array(m * n);
  sites.forEach((c, j) => {
    demand.forEach((d, i) => {
      cost[j * n + i] = dist(c, d);
    });
  });
  const existingCost = new Float64Array(n);
  const existingPost = new Int32Array(n);
  demand.forEach((d, i) => {
    const [a, b] = posts.map((p) => dist(p, d)) as [number, number];
    existingCost[i] = Math.min(a, b);
    existingPost[i] = a <= b ? 0 : 1;
  });
  return {
    objective,
    weight: Float64Array.from(demand, () => 1 + Math.floor(rand() * 100)),
    cost,
    existingCost,
    existingPost,
    standard: 2_500,
    price: Float64Array.from(sites, (_, j) => (budget ? 1 + (j % 3) : 1)),
    cap: budget ? 5 : 3,
  };
}

describe('siting solvers', () => {
  it.each([
    ['mclp', 1],
    ['mclp', 2],
    ['pMedian', 3],
    ['pCenter', 4],
    ['mclp', 5, true],
    ['pMedian', 6, true],
  ] as [SitingObjective, number, boolean?][])(
    '%s #%i: HiGHS reaches the enumerated optimum; the fast answer is feasible',
    (objective, seed, budget) => {
      const p = instance(objective, seed, budget);
      const before = Float64Array.from(p.cost);
      const fast = heuristicSites(p);
      const exact = exactSites(highs, p, { timeLimitS: 20, start: fast });
      const best = bruteForce(p, budget ? 5 : 3);
      expect(exact.status).toBe('optimal');
      expect(exact.objective).toBeCloseTo(best, 6);
      expect(exact.bound).toBeCloseTo(best, 6);
      expect(exact.gap).toBe(0);
      const sense = objective === 'mclp' ? 1 : -1;
      expect(sense * (exact.objective - objectiveOf(p, fast))).toBeGreaterThanOrEqual(-1e-9);
      let price = 0;
      for (const j of fast) price += p.price[j] ?? 0;
      expect(price).toBeLessThanOrEqual(p.cap);
      expect(p.cost).toEqual(before);
    },
  );

  it('set covering: the fewest sites (checked by enumeration), or the items no candidate can reach', () => {
    const p = instance('lscp', 7);
    p.standard = 4_000;
    expect(uncoverableDemand(p)).toHaveLength(0);
    const exact = exactSites(highs, p, { timeLimitS: 20, start: heuristicSites(p) });
    expect(exact.status).toBe('optimal');
    expect(objectiveOf({ ...p, objective: 'mclp', cap: 99 }, exact.selected)).toBe(
      objectiveOf(
        { ...p, objective: 'mclp', cap: 99 },
        Array.from({ length: 12 }, (_, j) => j),
      ),
    );
    const fewer = bruteForce({ ...p, objective: 'mclp', cap: exact.objective - 1 }, exact.objective - 1);
    const everyone = objectiveOf(
      { ...p, objective: 'mclp' },
      Array.from({ length: 12 }, (_, j) => j),
    );
    expect(fewer).toBeLessThan(everyone);
    p.standard = 100;
    expect(uncoverableDemand(p).length).toBeGreaterThan(0);
  });

  it('explains each site: newly covered items sum to the gain over the existing posts', () => {
    const p = instance('mclp', 2);
    const exact = exactSites(highs, p, { timeLimitS: 20, start: heuristicSites(p) });
    const explained = explainSites(p, exact.selected);
    const gain = exact.objective - objectiveOf(p, []);
    expect(explained.reduce((s, e) => s + e.newlyCoveredWeight, 0)).toBeCloseTo(gain, 6);
    for (const e of explained) expect(e.nextBest?.worseBy ?? 0).toBeGreaterThanOrEqual(-1e-9);
  });

  it('reports the time limit with an honest bound when stopped early', () => {
    const p = instance('pMedian', 9);
    const exact = exactSites(highs, p, { timeLimitS: 0.01, start: heuristicSites(p) });
    expect(['optimal', 'time_limit']).toContain(exact.status);
    expect(exact.bound).toBeLessThanOrEqual(exact.objective + 1e-6);
  });
});
