import {
  type PrepositioningRequest,
  type PrepositioningResponse,
  PrepositioningRequest as RequestSchema,
} from '@siaga/schema';
import type { AppStore } from '../store/app_store.ts';
import type { PlanSettings } from '../store/planner_slice.ts';
import type { PrepositioningSettings, PrepositioningSlice } from '../store/prepositioning_slice.ts';
import { messageOf } from './ask_when_changed.ts';
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
    candidates: {
      sources: ['planned', 'proposed', 'marked'],
      marked: plan.candidates.map((c) => ({ id: c.id, point: { type: 'Point', coordinates: c.position } })),
    },
    profile: plan.profile,
    timeLimitS: settings.timeLimitS,
  });
}

/** Sends each new pre-positioning question to the Worker and writes the fast plan and the answer back. */
export function answerPrepositioning(
  store: AppStore,
  client: EngineConnection,
): (ask: PrepositioningSlice['prepositioningAsk']) => void {
  return (ask) => {
    if (ask === null) return;
    const { n, request } = ask;
    const current = () => store.getState().prepositioningAsk?.n === n;
    let fast: PrepositioningResponse | null = null;
    client
      .request({ type: 'prepositioning', request }, (step) => {
        if (!current()) return;
        if (step.answer !== null) fast = step.answer;
        store.getState().setPrepositioning({ status: 'running', fast, gap: step.gap });
      })
      .then(
        (r) => {
          if (current()) store.getState().setPrepositioning({ status: 'ready', answer: r.answer });
        },
        (e: unknown) => {
          if (current()) store.getState().setPrepositioning({ status: 'error', message: messageOf(e) });
        },
      );
  };
}
