import { objectiveOf, type SitingProblem, totalPrice } from '@siaga/geo';

/** The optimum by trying every set of candidates within the cap (small problems only): the check on HiGHS. */
export function bruteForce(p: SitingProblem, maxSites: number): number {
  const m = p.price.length;
  const better = (a: number, b: number) => (p.objective === 'mclp' ? a > b : a < b);
  let best = objectiveOf(p, []);
  const chosen: number[] = [];
  const visit = (from: number) => {
    if (chosen.length > 0 && totalPrice(p, chosen) <= p.cap + 1e-9) {
      const v = objectiveOf(p, chosen);
      if (better(v, best)) best = v;
    }
    if (chosen.length === maxSites) return;
    for (let j = from; j < m; j++) {
      chosen.push(j);
      visit(j + 1);
      chosen.pop();
    }
  };
  visit(0);
  return best;
}
