import {
  DEFAULT_KITS,
  type HazardLevel,
  type HazardType,
  type KitLine,
  type PrepositioningRequest,
  type PrepositioningResponse,
} from '@siaga/schema';
import type { StateCreator } from 'zustand';

/** The planner's choices for equipment pre-positioning; display settings, not part of the plan document. */
export interface PrepositioningSettings {
  /** The hazard type whose kit is edited and asked for. */
  hazardType: HazardType;
  /** Ask for every hazard type with a kit instead. */
  allTypes: boolean;
  kits: Partial<Record<HazardType, KitLine[]>>;
  level: HazardLevel;
  minutes: number;
  useBudget: boolean;
  /** Million rupiah. */
  budgetMillions: number;
  timeLimitS: number;
}

export type PrepositioningRun =
  | { status: 'idle' }
  | { status: 'running'; fast: PrepositioningResponse | null; gap: number | null }
  | { status: 'ready'; answer: PrepositioningResponse }
  | { status: 'error'; message: string };

export interface PrepositioningSlice {
  prepositioningSettings: PrepositioningSettings;
  /** The last question asked (numbered so asking the same again runs again); the engine sync answers it. */
  prepositioningAsk: { n: number; request: PrepositioningRequest } | null;
  prepositioning: PrepositioningRun;
  setPrepositioningSettings(patch: Partial<PrepositioningSettings>): void;
  askPrepositioning(request: PrepositioningRequest): void;
  setPrepositioning(run: PrepositioningRun): void;
}

export const DEFAULT_PREPOSITIONING: PrepositioningSettings = {
  hazardType: 'landslide',
  allTypes: false,
  kits: DEFAULT_KITS,
  level: 'tinggi',
  minutes: 30,
  useBudget: false,
  budgetMillions: 100,
  timeLimitS: 10,
};

export const createPrepositioningSlice: StateCreator<PrepositioningSlice, [], [], PrepositioningSlice> = (
  set,
) => ({
  prepositioningSettings: DEFAULT_PREPOSITIONING,
  prepositioningAsk: null,
  prepositioning: { status: 'idle' },
  setPrepositioningSettings: (patch) =>
    set((s) => ({ prepositioningSettings: { ...s.prepositioningSettings, ...patch } })),
  askPrepositioning: (request) =>
    set((s) => ({
      prepositioningAsk: { n: (s.prepositioningAsk?.n ?? 0) + 1, request },
      prepositioning: { status: 'running', fast: null, gap: null },
    })),
  setPrepositioning: (prepositioning) => set({ prepositioning }),
});

/** The plan to draw and list: the exact one when in, else the fast one. */
export function shownPlan(run: PrepositioningRun): PrepositioningResponse | null {
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
