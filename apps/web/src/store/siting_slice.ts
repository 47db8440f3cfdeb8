import type { HazardLevel, HazardType, SitingObjective, SitingRequest, SitingResponse } from '@siaga/schema';
import type { StateCreator } from 'zustand';
import { type SolverRun, type SolverRunSlice, shownAnswer, solverRunSlice } from './solver_run.ts';

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

export type SitingRun = SolverRun<SitingResponse>;

export type SitingSlice = SolverRunSlice<'siting', SitingRequest, SitingResponse> & {
  sitingSettings: SitingSettings;
  setSitingSettings(patch: Partial<SitingSettings>): void;
};

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

const createSitingRun = solverRunSlice<'siting', SitingRequest, SitingResponse>('siting');

export const createSitingSlice: StateCreator<SitingSlice, [], [], SitingSlice> = (set, get, api) => ({
  ...createSitingRun(set, get, api),
  sitingSettings: DEFAULT_SITING,
  setSitingSettings: (patch) => set((s) => ({ sitingSettings: { ...s.sitingSettings, ...patch } })),
});

/** The answer to draw and list: the exact one when in, else the fast one. */
export const shownSites = (run: SitingRun): SitingResponse | null => shownAnswer(run);
