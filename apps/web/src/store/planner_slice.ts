import type { Position, PostStatus, RoutingProfile } from '@siaga/schema';
import type { StateCreator } from 'zustand';
import {
  addCandidate,
  moveCandidate,
  movePost,
  type PlanEdit,
  type PlanEditLabel,
  samePlan,
  withShownLevel,
} from '../planner/plan_edits.ts';
import type { Candidate, MovedPost, ResponseOf } from '../worker/protocol.ts';
import { type AsyncResult, IDLE } from './async_result.ts';

export const COVERAGE_MODES = ['travelTime', 'wmkRadius', 'wmkNetwork'] as const;
export type CoverageModeKey = (typeof COVERAGE_MODES)[number];

/** The statuses the planner may count; closed posts serve nobody. */
export const PLANNED_STATUSES = [
  'operational',
  'planned',
  'proposed',
] as const satisfies readonly PostStatus[];

export const DEFAULT_THRESHOLDS_MIN = [5, 10, 15] as const;

/**
 * DOMAIN: the 15-minute response standard splits into 5 min dispatch + 5 min travel + 5 min set-up, so when the
 * full standard applies the road must be driven in 5 minutes; turnout belongs to the dispatch share.
 */
export const STANDARD_15_PRESET = { thresholdsMin: [5], countTurnout: false } as const;

export const DEFAULT_PRESET = { thresholdsMin: DEFAULT_THRESHOLDS_MIN, countTurnout: true } as const;

export interface PlanSettings {
  postStatuses: PostStatus[];
  profile: RoutingProfile;
  thresholdsMin: number[];
  /** Thresholds count from the call (turnout included) when true, from the wheels rolling when false. */
  countTurnout: boolean;
  mode: CoverageModeKey;
  /** Which threshold the gap layer and the kecamatan table show (index into thresholdsMin). */
  levelIndex: number;
  candidates: Candidate[];
  /** Stored posts left out of the what-if ("closed for repairs"): they count in the baseline, not the plan. */
  switchedOff: string[];
  /** Stored posts counted at another place in the what-if. */
  movedPosts: MovedPost[];
  /** The post or candidate whose isochrones are drawn. */
  isochroneOf: string | null;
}

export interface PlannerSlice {
  /** The planner's document: every change goes through `transact`, one undo step each. */
  plan: PlanSettings;
  /** The edit that made `plan`, kept in the history so undo and redo can say what they revert. */
  planEdit: PlanEditLabel | null;
  /** A candidate being dragged: shown and computed live, written to `plan` once when released. */
  candidateDrag: Candidate | null;
  /** A stored post being dragged in the open scenario: like a candidate drag, one "move post" step on release. */
  postDrag: MovedPost | null;
  /** The map lets the planner drag stored posts (only with a saved scenario open). */
  movingPosts: boolean;
  coverage: AsyncResult<ResponseOf<'coverage'>>;
  isochrones: AsyncResult<ResponseOf<'isochrones'>>;
  /** The single write path of the plan; an edit that changes nothing records nothing. */
  transact(label: PlanEditLabel, edit: PlanEdit): void;
  /** Places a new candidate under a fresh id. */
  addCandidate(position: Position): void;
  dragCandidate(id: string, position: Position): void;
  /** Ends a drag: the last dragged position becomes one "move" step. */
  endCandidateDrag(): void;
  dragPost(postId: string, position: Position): void;
  endPostDrag(): void;
  setMovingPosts(on: boolean): void;
  setCoverage(r: AsyncResult<ResponseOf<'coverage'>>): void;
  setIsochrones(r: AsyncResult<ResponseOf<'isochrones'>>): void;
}

export const initialPlan = (): PlanSettings => ({
  postStatuses: ['operational'],
  profile: 'fire_engine',
  thresholdsMin: [...DEFAULT_THRESHOLDS_MIN],
  countTurnout: true,
  mode: 'travelTime',
  levelIndex: DEFAULT_THRESHOLDS_MIN.length - 1,
  candidates: [],
  switchedOff: [],
  movedPosts: [],
  isochroneOf: null,
});

/** Candidate ids count up and are never reused, so a removed candidate's late answer cannot match a new one. */
function nextCandidateId(candidates: readonly Candidate[], counter: number): string {
  let n = counter;
  while (candidates.some((c) => c.id === `K${n}`)) n++;
  return `K${n}`;
}

export const createPlannerSlice: StateCreator<PlannerSlice, [], [], PlannerSlice> = (set, get) => {
  let counter = 1;
  /** The state change an edit makes, or null when it changes nothing (and so records no step). */
  const applied = (s: PlannerSlice, label: PlanEditLabel, edit: PlanEdit): Partial<PlannerSlice> | null => {
    const plan = withShownLevel(s.plan, edit(s.plan));
    return samePlan(plan, s.plan) ? null : { plan, planEdit: label };
  };
  const transact = (label: PlanEditLabel, edit: PlanEdit): void => set((s) => applied(s, label, edit) ?? s);
  return {
    plan: initialPlan(),
    planEdit: null,
    candidateDrag: null,
    postDrag: null,
    movingPosts: false,
    coverage: IDLE,
    isochrones: IDLE,
    transact,
    addCandidate: (position) => {
      const id = nextCandidateId(get().plan.candidates, counter);
      counter = Number(id.slice(1)) + 1;
      transact('addCandidate', addCandidate({ id, position }));
    },
    dragCandidate: (id, position) => set({ candidateDrag: { id, position } }),
    endCandidateDrag: () =>
      set((s) => {
        const drag = s.candidateDrag;
        if (drag === null) return s;
        // One write: the live plan goes straight from the dragged state to the committed one.
        return { ...applied(s, 'moveCandidate', moveCandidate(drag.id, drag.position)), candidateDrag: null };
      }),
    dragPost: (postId, position) => set({ postDrag: { postId, position } }),
    endPostDrag: () =>
      set((s) => {
        const drag = s.postDrag;
        if (drag === null) return s;
        return { ...applied(s, 'movePost', movePost(drag.postId, drag.position)), postDrag: null };
      }),
    setMovingPosts: (movingPosts) => set({ movingPosts }),
    setCoverage: (coverage) => set({ coverage }),
    setIsochrones: (isochrones) => set({ isochrones }),
  };
};

let liveMemo: {
  plan: PlanSettings;
  drag: Candidate | null;
  postDrag: MovedPost | null;
  live: PlanSettings;
} | null = null;

/**
 * The plan as the map and the engine see it: the document with a dragged candidate or post at its pointer. The
 * same inputs give the same object, so subscribers compare it by reference.
 */
export function livePlan(s: Pick<PlannerSlice, 'plan' | 'candidateDrag' | 'postDrag'>): PlanSettings {
  const drag = s.candidateDrag;
  const postDrag = s.postDrag;
  if (drag === null && postDrag === null) return s.plan;
  if (liveMemo?.plan !== s.plan || liveMemo.drag !== drag || liveMemo.postDrag !== postDrag) {
    let live = s.plan;
    if (drag !== null) live = moveCandidate(drag.id, drag.position)(live);
    if (postDrag !== null) live = movePost(postDrag.postId, postDrag.position)(live);
    liveMemo = { plan: s.plan, drag, postDrag, live };
  }
  return liveMemo.live;
}
