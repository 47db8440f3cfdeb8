import type { Locale } from '@siaga/i18n';
import { temporal } from 'zundo';
import { createStore } from 'zustand/vanilla';
import {
  createIncidentDeskSlice,
  type IncidentDeskSlice,
} from '../dispatch/incidents/incident_desk_slice.ts';
import { type AuthSlice, createAuthSlice } from './auth_slice.ts';
import { createDataSlice, type DataSlice } from './data_slice.ts';
import { createDispatchSlice, type DispatchSlice } from './dispatch_slice.ts';
import { createEditingSlice, type EditingSlice } from './editing_slice.ts';
import { createEngineSlice, type EngineSlice } from './engine_slice.ts';
import { createLiveSlice, type LiveSlice } from './live_slice.ts';
import { createPlannerSlice, type PlannerSlice } from './planner_slice.ts';
import { createPrepositioningSlice, type PrepositioningSlice } from './prepositioning_slice.ts';
import { createRouteFocusSlice, type RouteFocusSlice } from './route_focus_slice.ts';
import { createScenarioSlice, type ScenarioSlice } from './scenario_slice.ts';
import { createSitingSlice, type SitingSlice } from './siting_slice.ts';
import { createUiSlice, type UiSlice } from './ui_slice.ts';
import { createWorkspaceSlice, type WorkspaceSlice } from './workspace_slice.ts';

export type AppState = UiSlice &
  DataSlice &
  WorkspaceSlice &
  PlannerSlice &
  SitingSlice &
  PrepositioningSlice &
  DispatchSlice &
  EngineSlice &
  AuthSlice &
  IncidentDeskSlice &
  LiveSlice &
  RouteFocusSlice &
  ScenarioSlice &
  EditingSlice;

/** What the undo history keeps: the plan and the name of the edit that made it. */
export type PlanSnapshot = Pick<PlannerSlice, 'plan' | 'planEdit'>;

/** Undo steps kept; older ones drop off. */
export const HISTORY_LIMIT = 100;

function createAppStoreOf(initialLocale: Locale) {
  return createStore<AppState>()(
    temporal(
      (...a) => ({
        ...createUiSlice(initialLocale)(...a),
        ...createDataSlice(...a),
        ...createWorkspaceSlice(...a),
        ...createPlannerSlice(...a),
        ...createSitingSlice(...a),
        ...createPrepositioningSlice(...a),
        ...createDispatchSlice(...a),
        ...createEngineSlice(...a),
        ...createAuthSlice(...a),
        ...createIncidentDeskSlice(...a),
        ...createLiveSlice(...a),
        ...createRouteFocusSlice(...a),
        ...createScenarioSlice(...a),
        ...createEditingSlice(...a),
      }),
      {
        partialize: (s): PlanSnapshot => ({ plan: s.plan, planEdit: s.planEdit }),
        // Only a new plan is a step: answers, selection and drags write the store without one.
        equality: (past, current) => past.plan === current.plan,
        limit: HISTORY_LIMIT,
      },
    ),
  );
}

export type AppStore = ReturnType<typeof createAppStoreOf>;

/**
 * One store per app (and per test): UI state, loaded data and the analyses in separate slices; the map is not
 * in here. `store.temporal` holds the planner's undo and redo steps.
 */
export function createAppStore(initialLocale: Locale = 'id'): AppStore {
  return createAppStoreOf(initialLocale);
}
