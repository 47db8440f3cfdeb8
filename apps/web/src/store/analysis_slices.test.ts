import { describe, expect, it } from 'vitest';
import { closestRequest, coverageRequest, isochronesRequest } from '../engine/engine_requests.ts';
import { clickWithTool } from '../map/click_with_tool.ts';
import { area } from '../testing/fixtures.ts';
import { createAppStore } from './app_store.ts';

const none = { candidateId: null, closureId: null };

describe('planner state', () => {
  it('adds, moves and removes candidates with ids that are never reused', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().addCandidate([115.1, -8.2]);
    s().addCandidate([115.2, -8.2]);
    expect(s().plan.candidates.map((c) => c.id)).toEqual(['K1', 'K2']);
    s().setPlan({ isochroneOf: 'K2' });
    s().removeCandidate('K2');
    expect(s().plan.isochroneOf).toBeNull();
    s().addCandidate([115.3, -8.2]);
    expect(s().plan.candidates.map((c) => c.id)).toEqual(['K1', 'K3']);
    s().moveCandidate('K1', [115.15, -8.25]);
    expect(s().plan.candidates[0]?.position).toEqual([115.15, -8.25]);
  });

  it('keeps the shown threshold inside the list', () => {
    const store = createAppStore();
    store.getState().setPlan({ levelIndex: 2 });
    store.getState().setPlan({ thresholdsMin: [5] });
    expect(store.getState().plan.levelIndex).toBe(0);
  });

  it('asks the same coverage question whatever the display choices', () => {
    const store = createAppStore();
    const a = JSON.stringify(coverageRequest(store.getState().plan));
    store.getState().setPlan({ mode: 'wmkRadius', levelIndex: 0 });
    expect(JSON.stringify(coverageRequest(store.getState().plan))).toBe(a);
    store.getState().setPlan({ countTurnout: false });
    expect(JSON.stringify(coverageRequest(store.getState().plan))).not.toBe(a);
  });

  it('asks for isochrones of a candidate without the other candidates', () => {
    const store = createAppStore();
    expect(isochronesRequest(store.getState().plan)).toBeNull();
    store.getState().addCandidate([115.1, -8.2]);
    store.getState().addCandidate([115.2, -8.2]);
    store.getState().setPlan({ isochroneOf: 'K1' });
    expect(isochronesRequest(store.getState().plan)).toMatchObject({
      postId: 'K1',
      request: { point: { type: 'Point', coordinates: [115.1, -8.2] } },
    });
  });
});

describe('map clicks by tool', () => {
  it('places candidates on land only, and picks an existing one instead of stacking another', () => {
    const store = createAppStore();
    store.getState().setLoaded('kabupaten', [area('kabupaten', '51.08', 'Buleleng')]);
    store.getState().setPanel('planner');
    store.getState().setTool('add_candidate');
    // The fixture's square spans lon 115.2..115.3, lat -8.2..-8.1.
    const land: [number, number] = [115.25, -8.15];
    clickWithTool(store.getState(), [], land, none);
    clickWithTool(store.getState(), [], [100, 0], none);
    expect(store.getState().plan.candidates).toHaveLength(1);
    clickWithTool(store.getState(), [], land, { candidateId: 'K1', closureId: null });
    expect(store.getState().plan.candidates).toHaveLength(1);
    expect(store.getState().plan.isochroneOf).toBe('K1');
  });

  it('places the incident and toggles closures in dispatch', () => {
    const store = createAppStore();
    store.getState().setPanel('dispatch');
    expect(store.getState().tool).toBe('incident');
    clickWithTool(store.getState(), [], [115.242, -8.158], none);
    expect(closestRequest(store.getState().dispatch)?.request.incident).toEqual({
      type: 'Point',
      coordinates: [115.242, -8.158],
    });
    store.getState().setTool('closure');
    clickWithTool(store.getState(), [], [115.24, -8.15], none);
    expect(closestRequest(store.getState().dispatch)?.request.closures).toEqual([
      { type: 'Point', coordinates: [115.24, -8.15] },
    ]);
    clickWithTool(store.getState(), [], [115.24, -8.15], { candidateId: null, closureId: 'C1' });
    expect(store.getState().dispatch.closures).toEqual([]);
  });

  it('selects features with the select tool and picks a post for isochrones in the planner', () => {
    const store = createAppStore();
    store.getState().setPanel('planner');
    clickWithTool(store.getState(), [{ kind: 'post', id: 'p1' }], [115, -8], none);
    expect(store.getState().selection).toEqual({ kind: 'post', id: 'p1' });
    expect(store.getState().plan.isochroneOf).toBe('p1');
  });
});
