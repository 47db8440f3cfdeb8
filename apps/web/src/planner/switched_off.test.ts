import { describe, expect, it } from 'vitest';
import { coverageRequest } from '../engine/engine_requests.ts';
import { createAppStore } from '../store/app_store.ts';
import { initialPlan, type PlanSettings } from '../store/planner_slice.ts';
import { promotedCandidate, replacePlan, switchPostOff } from './plan_edits.ts';
import { documentOfPlan, planOfDocument } from './scenario_document.ts';

const POST_A = '11111111-1111-4111-8111-111111111111';
const POST_B = '22222222-2222-4222-8222-222222222222';

describe('switching posts off', () => {
  it('switches a post off once, back on, and leaves the given plan alone', () => {
    const plan = Object.freeze(initialPlan()) as PlanSettings;
    const off = switchPostOff(POST_A, true)(plan);
    expect(off.switchedOff).toEqual([POST_A]);
    expect(switchPostOff(POST_A, true)(off).switchedOff).toEqual([POST_A]);
    expect(switchPostOff(POST_A, false)(off).switchedOff).toEqual([]);
    expect(plan.switchedOff).toEqual([]);
  });

  it('is one undo step each, and undo brings the post back', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().transact('switchOffPost', switchPostOff(POST_A, true));
    s().transact('switchOffPost', switchPostOff(POST_B, true));
    expect(s().plan.switchedOff).toEqual([POST_A, POST_B]);
    expect(s().planEdit).toBe('switchOffPost');
    store.temporal.getState().undo();
    expect(s().plan.switchedOff).toEqual([POST_A]);
    store.temporal.getState().redo();
    s().transact('switchOnPost', switchPostOff(POST_A, false));
    expect(s().plan.switchedOff).toEqual([POST_B]);
    // Switching on a post that is on changes nothing and records no step.
    const steps = store.temporal.getState().pastStates.length;
    s().transact('switchOnPost', switchPostOff(POST_A, false));
    expect(store.temporal.getState().pastStates.length).toBe(steps);
  });

  it('rides beside the coverage question, so the Worker keeps the post in the baseline', () => {
    const plan = switchPostOff(POST_A, true)(initialPlan());
    const body = coverageRequest(plan);
    expect(body.switchedOff).toEqual([POST_A]);
    expect(body.request.postStatus).toEqual(['operational']);
  });

  it('opens a saved scenario as one undo step, and saves back the same document', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().addCandidate([115.1, -8.2]);
    const before = s().plan;
    const saved = documentOfPlan(
      { ...switchPostOff(POST_A, true)(initialPlan()), candidates: [{ id: 'K7', position: [115.3, -8.2] }] },
      { landslide: 2 },
    );
    s().transact('openScenario', replacePlan(planOfDocument(saved)));
    expect(s().plan).toMatchObject({ switchedOff: [POST_A], candidates: [{ id: 'K7' }] });
    expect(documentOfPlan(s().plan, { landslide: 2 })).toEqual(saved);
    store.temporal.getState().undo();
    expect(s().plan).toEqual(before);
    // A candidate added after opening gets a fresh id next to the scenario's.
    store.temporal.getState().redo();
    s().addCandidate([115.2, -8.2]);
    expect(new Set(s().plan.candidates.map((c) => c.id)).size).toBe(2);
  });

  it('drops a promoted candidate and counts planned posts', () => {
    const plan = {
      ...initialPlan(),
      candidates: [{ id: 'K1', position: [115.1, -8.2] as [number, number] }],
      isochroneOf: 'K1',
    };
    expect(promotedCandidate('K1')(plan)).toMatchObject({
      candidates: [],
      isochroneOf: null,
      postStatuses: ['operational', 'planned'],
    });
    const counted = { ...plan, postStatuses: ['planned' as const] };
    expect(promotedCandidate('K1')(counted).postStatuses).toEqual(['planned']);
  });
});
