import { describe, expect, it } from 'vitest';
import { dragCandidate, dragPost } from '../map/click_with_tool.ts';
import {
  applyPreset,
  removeCandidates,
  restorePost,
  setCountTurnout,
  setMode,
  setThresholds,
  showIsochronesOf,
  showLevel,
} from '../planner/plan_edits.ts';
import { area } from '../testing/fixtures.ts';
import { type AppStore, createAppStore } from './app_store.ts';
import { livePlan, STANDARD_15_PRESET } from './planner_slice.ts';

const history = (store: AppStore) => store.temporal.getState();
const ids = (store: AppStore) => store.getState().plan.candidates.map((c) => c.id);

describe('planner state', () => {
  it('adds, moves and removes candidates with ids that are never reused', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().addCandidate([115.1, -8.2]);
    s().addCandidate([115.2, -8.2]);
    expect(ids(store)).toEqual(['K1', 'K2']);
    s().transact('isochroneOf', showIsochronesOf('K2'));
    s().transact('removeCandidate', removeCandidates(['K2']));
    expect(s().plan.isochroneOf).toBeNull();
    s().addCandidate([115.3, -8.2]);
    expect(ids(store)).toEqual(['K1', 'K3']);
  });

  it('keeps the shown threshold inside the list and shows the widest after new thresholds or mode', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().transact('shownLevel', showLevel(0));
    expect(s().plan.levelIndex).toBe(0);
    s().transact('shownLevel', showLevel(7));
    expect(s().plan.levelIndex).toBe(2);
    s().transact('thresholds', setThresholds([5, 20]));
    expect(s().plan.levelIndex).toBe(1);
    s().transact('preset', applyPreset(STANDARD_15_PRESET));
    expect(s().plan).toMatchObject({ thresholdsMin: [5], countTurnout: false, levelIndex: 0 });
    s().transact('thresholds', setThresholds([5, 10, 15]));
    s().transact('mode', setMode('wmkRadius'));
    expect(s().plan.levelIndex).toBe(0);
    s().transact('mode', setMode('travelTime'));
    expect(s().plan.levelIndex).toBe(2);
  });
});

describe('planner history', () => {
  it('records one step per edit and none for an edit that changes nothing or for answers', () => {
    const store = createAppStore();
    store.getState().transact('countTurnout', setCountTurnout(false));
    store.getState().transact('countTurnout', setCountTurnout(false));
    store.getState().transact('thresholds', setThresholds([5, 10, 15]));
    store.getState().setCoverage({ status: 'loading', previous: null });
    store.getState().select({ kind: 'post', id: 'p1' });
    expect(history(store).pastStates).toHaveLength(1);
  });

  it('undoes and redoes edits in order, and a new edit drops the redo steps', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().addCandidate([115.1, -8.2]);
    s().addCandidate([115.2, -8.2]);
    s().transact('countTurnout', setCountTurnout(false));
    expect(s().planEdit).toBe('countTurnout');
    history(store).undo();
    expect(s().plan.countTurnout).toBe(true);
    expect(s().planEdit).toBe('addCandidate');
    history(store).undo();
    expect(ids(store)).toEqual(['K1']);
    history(store).redo();
    expect(ids(store)).toEqual(['K1', 'K2']);
    expect(history(store).futureStates.at(-1)?.planEdit).toBe('countTurnout');
    s().transact('mode', setMode('wmkNetwork'));
    expect(history(store).futureStates).toHaveLength(0);
    history(store).undo();
    history(store).undo();
    history(store).undo();
    expect(ids(store)).toEqual([]);
    expect(history(store).pastStates).toHaveLength(0);
  });

  it('removes all candidates as one step', () => {
    const store = createAppStore();
    for (const lon of [115.1, 115.2, 115.3, 115.4]) store.getState().addCandidate([lon, -8.2]);
    const before = history(store).pastStates.length;
    store.getState().transact('removeAllCandidates', removeCandidates(ids(store)));
    expect(ids(store)).toEqual([]);
    expect(history(store).pastStates.length).toBe(before + 1);
    history(store).undo();
    expect(ids(store)).toEqual(['K1', 'K2', 'K3', 'K4']);
  });

  it('records a whole drag as one step, shows it live while dragging, and keeps it on land', () => {
    const store = createAppStore();
    // The fixture's square spans lon 115.2..115.3, lat -8.2..-8.1.
    store.getState().setLoaded('kabupaten', [area('kabupaten', '51.08', 'Buleleng')]);
    store.getState().addCandidate([115.21, -8.19]);
    const committed = store.getState().plan;
    const before = history(store).pastStates.length;
    const path: Array<[number, number]> = [
      [115.22, -8.18],
      [115.23, -8.17],
      [115.24, -8.16],
    ];
    for (const p of path) dragCandidate(store.getState(), 'K1', p, false);
    expect(store.getState().plan).toBe(committed);
    expect(livePlan(store.getState()).candidates[0]?.position).toEqual([115.24, -8.16]);
    expect(livePlan(store.getState())).toBe(livePlan(store.getState()));
    // Released at sea: the candidate stays at the last point on land.
    dragCandidate(store.getState(), 'K1', [100, 0], true);
    expect(store.getState().candidateDrag).toBeNull();
    expect(store.getState().plan.candidates[0]?.position).toEqual([115.24, -8.16]);
    expect(history(store).pastStates.length).toBe(before + 1);
    expect(store.getState().planEdit).toBe('moveCandidate');
    history(store).undo();
    expect(store.getState().plan.candidates[0]?.position).toEqual([115.21, -8.19]);
  });

  it('records nothing for a click on a candidate that did not move it', () => {
    const store = createAppStore();
    store.getState().addCandidate([115.21, -8.19]);
    const before = history(store).pastStates.length;
    dragCandidate(store.getState(), 'K1', [115.21, -8.19], true);
    expect(history(store).pastStates.length).toBe(before);
  });

  it('moves a stored post only with a scenario open and moving on: one step per drag, undone, put back', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().setLoaded('kabupaten', [area('kabupaten', '51.08', 'Buleleng')]);
    dragPost(s(), 'P1', [115.22, -8.18], true);
    expect(s().postDrag).toBeNull();
    expect(s().plan.movedPosts).toEqual([]);
    s().setOpenScenario({ id: 'sc1', name: 'Uji', version: 1 });
    s().setMovingPosts(true);
    const before = history(store).pastStates.length;
    dragPost(s(), 'P1', [115.22, -8.18], false);
    dragPost(s(), 'P1', [115.23, -8.17], false);
    expect(s().plan.movedPosts).toEqual([]);
    expect(livePlan(s()).movedPosts).toEqual([{ postId: 'P1', position: [115.23, -8.17] }]);
    dragPost(s(), 'P1', [100, 0], true);
    expect(s().plan.movedPosts).toEqual([{ postId: 'P1', position: [115.23, -8.17] }]);
    expect(s().planEdit).toBe('movePost');
    expect(history(store).pastStates.length).toBe(before + 1);
    dragPost(s(), 'P1', [115.25, -8.15], true);
    expect(s().plan.movedPosts).toEqual([{ postId: 'P1', position: [115.25, -8.15] }]);
    history(store).undo();
    expect(s().plan.movedPosts).toEqual([{ postId: 'P1', position: [115.23, -8.17] }]);
    s().transact('restorePost', restorePost('P1'));
    expect(s().plan.movedPosts).toEqual([]);
    history(store).undo();
    expect(s().plan.movedPosts).toHaveLength(1);
  });
});
