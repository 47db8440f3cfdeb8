import {
  DEFAULT_KITS,
  DEFAULT_MOVE_COST_PER_KM,
  type HazardLevel,
  type HazardType,
  type KitLine,
  type PrepositioningRequest,
  type PrepositioningResponse,
} from '@siaga/schema';
import type { StateCreator } from 'zustand';
import { type SolverRun, type SolverRunSlice, shownAnswer, solverRunSlice } from './solver_run.ts';

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
  /** Rupiah per unit per km of road a moved unit travels. */
  movePerKm: number;
}

export type PrepositioningRun = SolverRun<PrepositioningResponse>;

export type PrepositioningSlice = SolverRunSlice<
  'prepositioning',
  PrepositioningRequest,
  PrepositioningResponse
> & {
  prepositioningSettings: PrepositioningSettings;
  setPrepositioningSettings(patch: Partial<PrepositioningSettings>): void;
};

export const DEFAULT_PREPOSITIONING: PrepositioningSettings = {
  hazardType: 'landslide',
  allTypes: false,
  kits: DEFAULT_KITS,
  level: 'tinggi',
  minutes: 30,
  useBudget: false,
  budgetMillions: 100,
  timeLimitS: 10,
  movePerKm: DEFAULT_MOVE_COST_PER_KM,
};

const createPrepositioningRun = solverRunSlice<
  'prepositioning',
  PrepositioningRequest,
  PrepositioningResponse
>('prepositioning');

export const createPrepositioningSlice: StateCreator<PrepositioningSlice, [], [], PrepositioningSlice> = (
  set,
  get,
  api,
) => ({
  ...createPrepositioningRun(set, get, api),
  prepositioningSettings: DEFAULT_PREPOSITIONING,
  setPrepositioningSettings: (patch) =>
    set((s) => ({ prepositioningSettings: { ...s.prepositioningSettings, ...patch } })),
});

/** The plan to draw and list: the exact one when in, else the fast one. */
export const shownPlan = (run: PrepositioningRun): PrepositioningResponse | null => shownAnswer(run);
