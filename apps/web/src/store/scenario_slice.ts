import type { Scenario } from '@siaga/schema';
import type { StateCreator } from 'zustand';
import type { CoverageSummary } from '../worker/protocol.ts';
import type { AsyncResult } from './async_result.ts';

/** The saved scenario the plan was last opened from or saved to: "save" writes to it with its version. */
export interface OpenScenario {
  id: string;
  name: string;
  version: number;
}

export type CompareSide = 'a' | 'b';

/** Two saved scenarios side by side: their coverage from the Worker, and which one the map shows. */
export interface ScenarioCompare {
  /** Numbered so a late answer of an earlier comparison is dropped. */
  n: number;
  a: Scenario;
  b: Scenario;
  shown: CompareSide;
  result: AsyncResult<Record<CompareSide, CoverageSummary>>;
}

/** Saved-scenario state: not part of the plan document and not undo steps. */
export interface ScenarioSlice {
  openScenario: OpenScenario | null;
  compare: ScenarioCompare | null;
  setOpenScenario(open: OpenScenario | null): void;
  startCompare(a: Scenario, b: Scenario): void;
  setCompareResult(n: number, result: ScenarioCompare['result']): void;
  showCompareSide(side: CompareSide): void;
  closeCompare(): void;
}

export const createScenarioSlice: StateCreator<ScenarioSlice, [], [], ScenarioSlice> = (set) => ({
  openScenario: null,
  compare: null,
  setOpenScenario: (openScenario) => set({ openScenario }),
  startCompare: (a, b) =>
    set((s) => ({
      compare: {
        n: (s.compare?.n ?? 0) + 1,
        a,
        b,
        shown: 'a',
        result: { status: 'loading', previous: null },
      },
    })),
  setCompareResult: (n, result) =>
    set((s) => (s.compare?.n === n ? { compare: { ...s.compare, result } } : s)),
  showCompareSide: (shown) => set((s) => (s.compare ? { compare: { ...s.compare, shown } } : s)),
  closeCompare: () => set({ compare: null }),
});
