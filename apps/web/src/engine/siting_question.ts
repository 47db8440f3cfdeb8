import { type SitingRequest, SitingRequest as SitingRequestSchema, type SitingResponse } from '@siaga/schema';
import type { AppStore } from '../store/app_store.ts';
import type { PlanSettings } from '../store/planner_slice.ts';
import type { SitingSettings, SitingSlice } from '../store/siting_slice.ts';
import { answerSolver } from './answer_solver.ts';
import type { EngineConnection } from './engine_sync.ts';

/** WMK radius (Permen PU 20/PRT/M/2009): a post serves 7.5 km around it. */
const WMK_RADIUS_M = 7_500;

/**
 * The siting question of the planner's plan and settings: the posts it counts stay open, its candidates are
 * marked sites next to planned and proposed posts and desa points, under its standard (the shown threshold for
 * travel time, the WMK radius otherwise).
 */
export function sitingRequest(plan: PlanSettings, settings: SitingSettings): SitingRequest {
  const minutes = plan.thresholdsMin[plan.levelIndex] ?? plan.thresholdsMin.at(-1) ?? 15;
  const standard =
    plan.mode === 'travelTime'
      ? { mode: 'travelTime' as const, minutes, countTurnout: plan.countTurnout }
      : { mode: plan.mode, radiusM: WMK_RADIUS_M };
  const weighted = Object.values(settings.hazardWeights).some((w) => (w ?? 0) > 0);
  return SitingRequestSchema.parse({
    objective: settings.objective,
    k: settings.k,
    ...(settings.useBudget
      ? {
          budget: { newSiteCost: settings.newSiteCost, upgradeCost: settings.upgradeCost, cap: settings.cap },
        }
      : {}),
    standard,
    ...(weighted ? { demand: { hazardWeights: { types: settings.hazardWeights } } } : {}),
    candidates: {
      ...(settings.excludeHazards.length > 0
        ? { exclude: { hazardTypes: settings.excludeHazards, minLevel: settings.excludeLevel } }
        : {}),
      sources: [
        'planned',
        'proposed',
        'desa',
        'marked',
        ...(settings.junctions ? (['junction'] as const) : []),
      ],
      marked: plan.candidates.map((c) => ({ id: c.id, point: { type: 'Point', coordinates: c.position } })),
    },
    postStatus: plan.postStatuses,
    profile: plan.profile,
    timeLimitS: settings.timeLimitS,
  });
}

/** Sends each new siting question to the Worker and writes the fast answer, the progress and the answer back. */
export function answerSiting(
  store: AppStore,
  client: EngineConnection,
): (ask: SitingSlice['sitingAsk']) => void {
  return answerSolver<SitingRequest, SitingResponse>(store, (s) => s.sitingAsk, {
    set: (s, run) => s.setSiting(run),
    send: (request, onStep) => client.request({ type: 'siting', request }, onStep).then((r) => r.answer),
  });
}
