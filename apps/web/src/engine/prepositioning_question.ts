import {
  type PrepositioningRequest,
  type PrepositioningResponse,
  PrepositioningRequest as RequestSchema,
} from '@siaga/schema';
import type { AppStore } from '../store/app_store.ts';
import type { PlanSettings } from '../store/planner_slice.ts';
import type { PrepositioningSettings, PrepositioningSlice } from '../store/prepositioning_slice.ts';
import { answerSolver } from './answer_solver.ts';
import type { EngineConnection } from './engine_sync.ts';

/**
 * The pre-positioning question of the planner's settings: the kits as edited, the chosen hazard type (or every
 * type with a kit), the level and above, the standard in minutes (turnout as the plan counts it), the plan's
 * marked candidates as candidate caches next to planned and proposed posts, the budget in million rupiah.
 */
export function prepositioningRequest(
  plan: PlanSettings,
  settings: PrepositioningSettings,
): PrepositioningRequest {
  return RequestSchema.parse({
    ...(settings.allTypes ? {} : { hazardTypes: [settings.hazardType] }),
    level: settings.level,
    kits: settings.kits,
    standard: { minutes: settings.minutes, countTurnout: plan.countTurnout },
    ...(settings.useBudget ? { budget: settings.budgetMillions * 1_000_000 } : {}),
    moveCostPerKm: settings.movePerKm,
    candidates: {
      sources: ['planned', 'proposed', 'marked'],
      marked: plan.candidates.map((c) => ({ id: c.id, point: { type: 'Point', coordinates: c.position } })),
    },
    profile: plan.profile,
    timeLimitS: settings.timeLimitS,
  });
}

/** Sends each new pre-positioning question to the Worker and writes the fast plan, the gap and the answer back. */
export function answerPrepositioning(
  store: AppStore,
  client: EngineConnection,
): (ask: PrepositioningSlice['prepositioningAsk']) => void {
  return answerSolver<PrepositioningRequest, PrepositioningResponse>(store, (s) => s.prepositioningAsk, {
    set: (s, run) => s.setPrepositioning(run),
    send: (request, onStep) =>
      client.request({ type: 'prepositioning', request }, onStep).then((r) => r.answer),
  });
}
