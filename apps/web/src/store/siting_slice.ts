import type { HazardLevel, HazardType, SitingObjective, SitingRequest, SitingResponse } from '@siaga/schema';
import type { StateCreator } from 'zustand';

/** The planner's choices for "best new sites"; display settings, not part of the plan document. */
export interface SitingSettings {
  objective: SitingObjective;
  k: number;
  /** Price sites instead of counting them. */
  useBudget: boolean;
  newSiteCost: number;
  upgradeCost: number;
  cap: number;
  junctions: boolean;
  timeLimitS: number;
  /** Demand weight per hazard type (0: not weighted), times the level factor 1 / 2 / 3. */
  hazardWeights: Partial<Record<HazardType, number>>;
  /** No new site inside zones of these types at or above `excludeLevel`. */
  excludeHazards: HazardType[];
  excludeLevel: HazardLevel;
}

/** The exact search as it goes: incumbent, proven bound and gap in the answer's units. */
export interface SitingProgressView {
  value: number | null;
  bound: number | null;
  gap: number | null;
  ms: number;
}

export type SitingRun =
  | { status: 'idle' }
  | { status: 'running'; fast: SitingResponse | null; progress: SitingProgressView | null }
  | { status: 'ready'; fast: SitingResponse | null; answer: SitingResponse }
  | { status: 'error'; message: string };

export interface SitingSlice {
  sitingSettings: SitingSettings;
  /** The last question asked (numbered so asking the same again runs again); the engine sync answers it. */
  sitingAsk: { n: number; request: SitingRequest } | null;
  siting: SitingRun;
  setSitingSettings(patch: Partial<SitingSettings>): void;
  askSiting(request: SitingRequest): void;
  setSiting(run: SitingRun): void;
}

export const DEFAULT_SITING: SitingSettings = {
  objective: 'mclp',
  k: 3,
  useBudget: false,
  newSiteCost: 1,
  upgradeCost: 0.5,
  cap: 3,
  junctions: false,
  timeLimitS: 10,
  hazardWeights: {},
  excludeHazards: [],
  excludeLevel: 'tinggi',
};

export const createSitingSlice: StateCreator<SitingSlice, [], [], SitingSlice> = (set) => ({
  sitingSettings: DEFAULT_SITING,
  sitingAsk: null,
  siting: { status: 'idle' },
  setSitingSettings: (patch) => set((s) => ({ sitingSettings: { ...s.sitingSettings, ...patch } })),
  askSiting: (request) =>
    set((s) => ({
      sitingAsk: { n: (s.sitingAsk?.n ?? 0) + 1, request },
      siting: { status: 'running', fast: null, progress: null },
    })),
  setSiting: (siting) => set({ siting }),
});

/** The answer to draw and list: the exact one when in, else the fast one. */
export function shownSites(run: SitingRun): SitingResponse | null {
  switch (run.status) {
    case 'ready':
      return run.answer;
    case 'running':
      return run.fast;
    case 'idle':
    case 'error':
      return null;
    default:
      return run satisfies never;
  }
}
