import { describe, expect, it } from 'vitest';
import { initialPlan } from '../store/planner_slice.ts';
import { DEFAULT_SITING } from '../store/siting_slice.ts';
import { sitingRequest } from './siting_question.ts';

describe('sitingRequest', () => {
  it("asks under the plan's standard: the shown threshold with turnout, its posts, its candidates as marked sites", () => {
    const plan = {
      ...initialPlan(),
      candidates: [{ id: 'K1', position: [115.2, -8.2] as [number, number] }],
    };
    const q = sitingRequest(plan, DEFAULT_SITING);
    expect(q).toMatchObject({
      objective: 'mclp',
      k: 3,
      standard: { mode: 'travelTime', minutes: 15, countTurnout: true },
      postStatus: ['operational'],
      timeLimitS: 10,
    });
    expect(q.budget).toBeUndefined();
    expect(q.demand.hazardWeights).toBeUndefined();
    expect(q.candidates.exclude).toBeUndefined();
    expect(q.candidates.sources).toEqual(['planned', 'proposed', 'desa', 'marked']);
    expect(q.candidates.marked).toEqual([{ id: 'K1', point: { type: 'Point', coordinates: [115.2, -8.2] } }]);
  });

  it('takes the WMK radius, a budget, hazard weights, exclusions and junctions from the settings', () => {
    const q = sitingRequest(
      { ...initialPlan(), mode: 'wmkNetwork' },
      {
        ...DEFAULT_SITING,
        useBudget: true,
        cap: 2,
        junctions: true,
        hazardWeights: { landslide: 2 },
        excludeHazards: ['tsunami'],
      },
    );
    expect(q.standard).toEqual({ mode: 'wmkNetwork', radiusM: 7_500 });
    expect(q.budget).toEqual({ newSiteCost: 1, upgradeCost: 0.5, cap: 2 });
    expect(q.demand.hazardWeights?.types).toEqual({ landslide: 2 });
    expect(q.candidates.exclude).toEqual({ hazardTypes: ['tsunami'], minLevel: 'tinggi' });
    expect(q.candidates.sources).toContain('junction');
  });
});
