import { describe, expect, it } from 'vitest';
import { initialPlan, type PlanSettings } from '../store/planner_slice.ts';
import {
  addCandidate,
  moveCandidate,
  removeCandidates,
  samePlan,
  setPostStatus,
  setThresholds,
  showLevel,
  withShownLevel,
} from './plan_edits.ts';

const frozenPlan = (): PlanSettings =>
  Object.freeze({
    ...initialPlan(),
    candidates: [
      { id: 'K1', position: [115.1, -8.2] },
      { id: 'K2', position: [115.2, -8.2] },
    ],
    isochroneOf: 'K2',
  }) as PlanSettings;

describe('plan edits', () => {
  it('do not change the plan they are given', () => {
    const plan = frozenPlan();
    const copy = JSON.stringify(plan);
    addCandidate({ id: 'K3', position: [115.3, -8.2] })(plan);
    moveCandidate('K1', [115.15, -8.25])(plan);
    removeCandidates(['K1', 'K2'])(plan);
    setPostStatus('planned', true)(plan);
    expect(JSON.stringify(plan)).toBe(copy);
  });

  it('moves only the named candidate and drops isochrones of removed ones', () => {
    const moved = moveCandidate('K1', [115.15, -8.25])(frozenPlan());
    expect(moved.candidates.map((c) => c.position)).toEqual([
      [115.15, -8.25],
      [115.2, -8.2],
    ]);
    expect(removeCandidates(['K1'])(frozenPlan()).isochroneOf).toBe('K2');
    expect(removeCandidates(['K1', 'K2'])(frozenPlan())).toMatchObject({ candidates: [], isochroneOf: null });
  });

  it('counts a status once whatever the clicks', () => {
    const plan = setPostStatus('operational', true)(frozenPlan());
    expect(plan.postStatuses).toEqual(['operational']);
    expect(setPostStatus('operational', false)(plan).postStatuses).toEqual([]);
  });

  it('keeps the chosen level unless the thresholds or the mode changed', () => {
    const plan = frozenPlan();
    expect(withShownLevel(plan, showLevel(1)(plan)).levelIndex).toBe(1);
    expect(withShownLevel(plan, showLevel(-3)(plan)).levelIndex).toBe(0);
    const chosen = showLevel(0)(plan);
    expect(withShownLevel(chosen, setThresholds([5, 10, 15])(chosen)).levelIndex).toBe(0);
    expect(withShownLevel(chosen, setThresholds([10, 20])(chosen)).levelIndex).toBe(1);
  });

  it('compares plans by value', () => {
    expect(samePlan(frozenPlan(), frozenPlan())).toBe(true);
    expect(samePlan(frozenPlan(), setThresholds([5])(frozenPlan()))).toBe(false);
  });
});
