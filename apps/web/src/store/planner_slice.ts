import type { Position, PostStatus, RoutingProfile } from '@siaga/schema';
import type { StateCreator } from 'zustand';
import type { Candidate, ResponseOf } from '../worker/protocol.ts';
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
  /** The post or candidate whose isochrones are drawn. */
  isochroneOf: string | null;
}

export interface PlannerSlice {
  plan: PlanSettings;
  coverage: AsyncResult<ResponseOf<'coverage'>>;
  isochrones: AsyncResult<ResponseOf<'isochrones'>>;
  setPlan(change: Partial<Omit<PlanSettings, 'candidates'>>): void;
  addCandidate(position: Position): void;
  moveCandidate(id: string, position: Position): void;
  removeCandidate(id: string): void;
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
  isochroneOf: null,
});

/** Candidate ids count up and are never reused, so a removed candidate's late answer cannot match a new one. */
function nextCandidateId(candidates: readonly Candidate[], counter: number): string {
  let n = counter;
  while (candidates.some((c) => c.id === `K${n}`)) n++;
  return `K${n}`;
}

export const createPlannerSlice: StateCreator<PlannerSlice, [], [], PlannerSlice> = (set) => {
  let counter = 1;
  return {
    plan: initialPlan(),
    coverage: IDLE,
    isochrones: IDLE,
    setPlan: (change) =>
      set((s) => {
        const plan = { ...s.plan, ...change };
        const levels = plan.mode === 'travelTime' ? plan.thresholdsMin.length : 1;
        plan.levelIndex = Math.min(Math.max(0, plan.levelIndex), levels - 1);
        return { plan };
      }),
    addCandidate: (position) =>
      set((s) => {
        const id = nextCandidateId(s.plan.candidates, counter);
        counter = Number(id.slice(1)) + 1;
        return { plan: { ...s.plan, candidates: [...s.plan.candidates, { id, position }] } };
      }),
    moveCandidate: (id, position) =>
      set((s) => ({
        plan: { ...s.plan, candidates: s.plan.candidates.map((c) => (c.id === id ? { id, position } : c)) },
      })),
    removeCandidate: (id) =>
      set((s) => ({
        plan: {
          ...s.plan,
          candidates: s.plan.candidates.filter((c) => c.id !== id),
          isochroneOf: s.plan.isochroneOf === id ? null : s.plan.isochroneOf,
        },
      })),
    setCoverage: (coverage) => set({ coverage }),
    setIsochrones: (isochrones) => set({ isochrones }),
  };
};
