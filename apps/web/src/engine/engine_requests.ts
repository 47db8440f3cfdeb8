import type { DispatchSettings } from '../store/dispatch_slice.ts';
import type { PlanSettings } from '../store/planner_slice.ts';
import type { RequestBody } from '../worker/engine_client.ts';

type BodyOf<T extends RequestBody['type']> = Extract<RequestBody, { type: T }>;

/** The planner's coverage question; mode and the shown threshold are display choices and not part of it. */
export function coverageRequest(plan: PlanSettings): BodyOf<'coverage'> {
  return {
    type: 'coverage',
    profile: plan.profile,
    postStatuses: plan.postStatuses,
    candidates: plan.candidates,
    thresholdsMin: plan.thresholdsMin,
    countTurnout: plan.countTurnout,
  };
}

/** Isochrones of the chosen post or candidate, banded at the planner's thresholds; null when none is chosen. */
export function isochronesRequest(plan: PlanSettings): BodyOf<'isochrones'> | null {
  const of = plan.isochroneOf;
  if (of === null) return null;
  const candidate = plan.candidates.find((c) => c.id === of);
  return {
    type: 'isochrones',
    profile: plan.profile,
    postId: of,
    // Only the chosen candidate matters: dragging another one must not redraw these bands.
    candidates: candidate ? [candidate] : [],
    breaksMin: plan.thresholdsMin,
    includeTurnout: plan.countTurnout,
  };
}

/** The dispatcher's question: dispatch from operational posts, honouring every closure; null without an incident. */
export function closestRequest(d: DispatchSettings): BodyOf<'closest'> | null {
  if (d.incident === null) return null;
  return {
    type: 'closest',
    profile: d.profile,
    incident: d.incident.position,
    k: d.k,
    postStatuses: ['operational'],
    item: d.item,
    closures: d.closures.map((c) => c.position),
  };
}
