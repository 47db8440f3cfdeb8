import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Locale } from '../i18n/locale.ts';
import { createDataSlice, type DataSlice } from './data_slice.ts';
import { createDispatchSlice, type DispatchSlice } from './dispatch_slice.ts';
import { createEngineSlice, type EngineSlice } from './engine_slice.ts';
import { createPlannerSlice, type PlannerSlice } from './planner_slice.ts';
import { createUiSlice, type UiSlice } from './ui_slice.ts';
import { createWorkspaceSlice, type WorkspaceSlice } from './workspace_slice.ts';

export type AppState = UiSlice & DataSlice & WorkspaceSlice & PlannerSlice & DispatchSlice & EngineSlice;
export type AppStore = StoreApi<AppState>;

/** One store per app (and per test): UI state, loaded data and the analyses in separate slices; the map is not in here. */
export function createAppStore(initialLocale: Locale = 'id'): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createUiSlice(initialLocale)(...a),
    ...createDataSlice(...a),
    ...createWorkspaceSlice(...a),
    ...createPlannerSlice(...a),
    ...createDispatchSlice(...a),
    ...createEngineSlice(...a),
  }));
}
