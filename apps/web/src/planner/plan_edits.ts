import type { Position, PostStatus, RoutingProfile } from '@siaga/schema';
import type { CoverageModeKey, PlanSettings } from '../store/planner_slice.ts';
import type { Candidate } from '../worker/protocol.ts';

/**
 * The planner's edits as pure functions of the plan: the panel and the map hand one of these to
 * `transact(label, edit)`, the single write path that records each as one undo step.
 */
export type PlanEdit = (plan: PlanSettings) => PlanSettings;

/** What an undo step is called in the interface (t.planner.edits[label]). */
export const PLAN_EDIT_LABELS = [
  'postStatuses',
  'profile',
  'mode',
  'thresholds',
  'countTurnout',
  'preset',
  'addCandidate',
  'moveCandidate',
  'removeCandidate',
  'removeAllCandidates',
  'isochroneOf',
  'shownLevel',
  'switchOffPost',
  'switchOnPost',
  'openScenario',
  'promoteCandidate',
  'movePost',
  'restorePost',
] as const;
export type PlanEditLabel = (typeof PLAN_EDIT_LABELS)[number];

export const setPostStatus =
  (status: PostStatus, counted: boolean): PlanEdit =>
  (plan) => {
    const rest = plan.postStatuses.filter((s) => s !== status);
    return { ...plan, postStatuses: counted ? [...rest, status] : rest };
  };

export const setProfile =
  (profile: RoutingProfile): PlanEdit =>
  (plan) => ({ ...plan, profile });

export const setMode =
  (mode: CoverageModeKey): PlanEdit =>
  (plan) => ({ ...plan, mode });

export const setThresholds =
  (thresholdsMin: readonly number[]): PlanEdit =>
  (plan) => ({ ...plan, thresholdsMin: [...thresholdsMin] });

/** A preset sets the thresholds and whether they count from the call together. */
export const applyPreset =
  (preset: { readonly thresholdsMin: readonly number[]; readonly countTurnout: boolean }): PlanEdit =>
  (plan) => ({ ...plan, thresholdsMin: [...preset.thresholdsMin], countTurnout: preset.countTurnout });

export const setCountTurnout =
  (countTurnout: boolean): PlanEdit =>
  (plan) => ({ ...plan, countTurnout });

export const addCandidate =
  (candidate: Candidate): PlanEdit =>
  (plan) => ({ ...plan, candidates: [...plan.candidates, candidate] });

export const moveCandidate =
  (id: string, position: Position): PlanEdit =>
  (plan) => ({
    ...plan,
    candidates: plan.candidates.map((c) => (c.id === id ? { id, position } : c)),
  });

/** Removes candidates; isochrones drawn for a removed one are dropped with it. */
export const removeCandidates =
  (ids: readonly string[]): PlanEdit =>
  (plan) => ({
    ...plan,
    candidates: plan.candidates.filter((c) => !ids.includes(c.id)),
    isochroneOf: plan.isochroneOf !== null && ids.includes(plan.isochroneOf) ? null : plan.isochroneOf,
  });

/** A what-if "this post closes for repairs": the post leaves the plan's coverage (or comes back). */
export const switchPostOff =
  (postId: string, off: boolean): PlanEdit =>
  (plan) => {
    const rest = plan.switchedOff.filter((id) => id !== postId);
    return { ...plan, switchedOff: off ? [...rest, postId] : rest };
  };

/** A stored post counted at another place in this scenario (the database keeps it where it is until a promote). */
export const movePost =
  (postId: string, position: Position): PlanEdit =>
  (plan) => ({
    ...plan,
    movedPosts: [...plan.movedPosts.filter((m) => m.postId !== postId), { postId, position: [...position] }],
  });

/** A moved post back at its stored place. */
export const restorePost =
  (postId: string): PlanEdit =>
  (plan) => ({ ...plan, movedPosts: plan.movedPosts.filter((m) => m.postId !== postId) });

/** A candidate made a stored planned post: it leaves the plan, and planned posts count (the new one among them). */
export const promotedCandidate =
  (id: string): PlanEdit =>
  (plan) => {
    const without = removeCandidates([id])(plan);
    return plan.postStatuses.includes('planned')
      ? without
      : { ...without, postStatuses: [...plan.postStatuses, 'planned'] };
  };

/** Opening a saved scenario replaces the whole plan: one undo step back to what was open before. */
export const replacePlan =
  (next: PlanSettings): PlanEdit =>
  () =>
    next;

export const showIsochronesOf =
  (id: string | null): PlanEdit =>
  (plan) => ({ ...plan, isochroneOf: id });

export const showLevel =
  (levelIndex: number): PlanEdit =>
  (plan) => ({ ...plan, levelIndex });

/** How many levels the gap layer and kecamatan table can show: one per threshold, or the one WMK rule. */
export function levelCount(plan: Pick<PlanSettings, 'mode' | 'thresholdsMin'>): number {
  return plan.mode === 'travelTime' ? plan.thresholdsMin.length : 1;
}

/**
 * The one rule for the shown level: a new mode or new thresholds show the widest level, otherwise the
 * chosen one stays, kept inside the list.
 */
export function withShownLevel(before: PlanSettings, after: PlanSettings): PlanSettings {
  const count = levelCount(after);
  const reset = before.mode !== after.mode || !sameNumbers(before.thresholdsMin, after.thresholdsMin);
  const levelIndex = reset ? count - 1 : Math.min(Math.max(0, after.levelIndex), count - 1);
  return levelIndex === after.levelIndex ? after : { ...after, levelIndex };
}

/** Plans are small (a few settings and the candidates the user placed), so comparing them by value is cheap. */
export function samePlan(a: PlanSettings, b: PlanSettings): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
