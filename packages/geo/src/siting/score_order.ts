import { maximises, type SitingProblem } from './siting_problem.ts';

/** A score turned so that bigger is better in both places, whatever the model's sense. */
export type Oriented = [number, number];

const EPS = 1e-9;

export function orient(p: SitingProblem, score: readonly [number, number]): Oriented {
  return maximises(p) ? [score[0], score[1]] : [-score[0], -score[1]];
}

/** True when a beats b: by the objective first, then by the tie-break, each beyond rounding. */
export function beats(a: Oriented, b: Oriented): boolean {
  const scale = Math.max(1, Math.abs(a[0]), Math.abs(b[0]));
  if (a[0] > b[0] + EPS * scale) return true;
  if (a[0] < b[0] - EPS * scale) return false;
  return a[1] > b[1] + EPS * Math.max(1, Math.abs(a[1]), Math.abs(b[1]));
}
