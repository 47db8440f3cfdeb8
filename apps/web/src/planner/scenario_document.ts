import {
  type HazardType,
  SCENARIO_DOCUMENT_VERSION,
  ScenarioDocument,
  type ScenarioDocument as ScenarioDocumentType,
} from '@siaga/schema';
import { initialPlan, type PlanSettings } from '../store/planner_slice.ts';

type Weights = Partial<Record<HazardType, number>>;

/**
 * The planner's document as a scenario saves it: the plan (posts counted, switched off and moved, candidates,
 * standard, shown level, isochrones) and the siting solver's hazard weights. Checked with the schema the API
 * checks with, so a save never fails on a shape the app produced.
 *
 * @example documentOfPlan(store.getState().plan, store.getState().sitingSettings.hazardWeights)
 */
export function documentOfPlan(plan: PlanSettings, hazardWeights: Weights): ScenarioDocumentType {
  return ScenarioDocument.parse({
    format: SCENARIO_DOCUMENT_VERSION,
    postStatuses: plan.postStatuses.filter((s) => s !== 'closed'),
    profile: plan.profile,
    thresholdsMin: plan.thresholdsMin,
    countTurnout: plan.countTurnout,
    mode: plan.mode,
    levelIndex: plan.levelIndex,
    candidates: plan.candidates.map((c) => ({ id: c.id, position: [...c.position] })),
    movedPosts: plan.movedPosts.map((m) => ({ postId: m.postId, position: [...m.position] })),
    switchedOff: plan.switchedOff,
    isochroneOf: plan.isochroneOf,
    hazardWeights,
  });
}

/** The plan a saved document opens as (its weights go to the siting settings). */
export function planOfDocument(document: ScenarioDocumentType): PlanSettings {
  return {
    ...initialPlan(),
    postStatuses: [...document.postStatuses],
    profile: document.profile,
    thresholdsMin: [...document.thresholdsMin],
    countTurnout: document.countTurnout,
    mode: document.mode,
    levelIndex: document.levelIndex,
    candidates: document.candidates.map((c) => ({ id: c.id, position: c.position })),
    switchedOff: [...document.switchedOff],
    movedPosts: document.movedPosts.map((m) => ({ postId: m.postId, position: m.position })),
    isochroneOf: document.isochroneOf,
  };
}
