import { describe, expect, it } from 'vitest';
import { setCountTurnout, setMode, showIsochronesOf } from '../planner/plan_edits.ts';
import { createAppStore } from '../store/app_store.ts';
import { coverageRequest, isochronesRequest } from './engine_requests.ts';

describe('engine requests', () => {
  it('asks the same coverage question whatever the display choices', () => {
    const store = createAppStore();
    const a = JSON.stringify(coverageRequest(store.getState().plan));
    store.getState().transact('mode', setMode('wmkRadius'));
    expect(JSON.stringify(coverageRequest(store.getState().plan))).toBe(a);
    store.getState().transact('countTurnout', setCountTurnout(false));
    expect(JSON.stringify(coverageRequest(store.getState().plan))).not.toBe(a);
  });

  it('asks for isochrones of a candidate without the other candidates', () => {
    const store = createAppStore();
    expect(isochronesRequest(store.getState().plan)).toBeNull();
    store.getState().addCandidate([115.1, -8.2]);
    store.getState().addCandidate([115.2, -8.2]);
    store.getState().transact('isochroneOf', showIsochronesOf('K1'));
    expect(isochronesRequest(store.getState().plan)).toMatchObject({
      postId: 'K1',
      request: { point: { type: 'Point', coordinates: [115.1, -8.2] } },
    });
  });
});
