import { PostProperties, type RoadClosureFeature } from '@siaga/schema';
import type { DispatchSettings } from '../store/dispatch_slice.ts';
import type { PlanSettings } from '../store/planner_slice.ts';
import type { RequestBody } from '../worker/engine_client.ts';

type BodyOf<T extends RequestBody['type']> = Extract<RequestBody, { type: T }>;

/** A candidate has no crew on record yet: it gets the schema's default turnout, like a newly created post. */
const CANDIDATE_TURNOUT_S: number = PostProperties.shape.turnoutSeconds.parse(undefined);

const point = (coordinates: PlanSettings['candidates'][number]['position']) =>
  ({ type: 'Point', coordinates }) as const;

/**
 * The planner's coverage question; mode and the shown threshold are display choices and not part of it. The
 * planner draws the gaps of every mode, so it asks for them. Switched-off and moved posts ride beside the schema
 * request: the Worker counts them in the baseline (today) and not in the scenario.
 */
export function coverageRequest(plan: PlanSettings): BodyOf<'coverage'> {
  return {
    type: 'coverage',
    request: {
      profile: plan.profile,
      postStatus: plan.postStatuses,
      candidates: plan.candidates.map((c) => ({
        id: c.id,
        point: point(c.position),
        turnoutSeconds: CANDIDATE_TURNOUT_S,
      })),
      thresholdsMin: plan.thresholdsMin,
      countTurnout: plan.countTurnout,
      gaps: true,
    },
    switchedOff: plan.switchedOff,
    movedPosts: plan.movedPosts,
  };
}

/** Isochrones of the chosen post or candidate, banded at the planner's thresholds; null when none is chosen. */
export function isochronesRequest(plan: PlanSettings): BodyOf<'isochrones'> | null {
  const of = plan.isochroneOf;
  if (of === null) return null;
  // Only the chosen candidate matters: dragging another one must not redraw these bands.
  const candidate = plan.candidates.find((c) => c.id === of);
  const start =
    candidate === undefined
      ? { postId: of }
      : { point: point(candidate.position), turnoutSeconds: CANDIDATE_TURNOUT_S };
  return {
    type: 'isochrones',
    postId: of,
    request: {
      ...start,
      profile: plan.profile,
      breaksMin: plan.thresholdsMin,
      includeTurnout: plan.countTurnout,
    },
  };
}

/**
 * The dispatcher's question: dispatch from operational posts, honouring every closure (the stored ones and those
 * not saved yet); null without an incident.
 */
export function closestRequest(
  d: DispatchSettings,
  stored: readonly RoadClosureFeature[] = [],
): BodyOf<'closest'> | null {
  if (d.incident === null) return null;
  return {
    type: 'closest',
    request: {
      profile: d.profile,
      incident: point(d.incident.position),
      k: d.k,
      postStatus: ['operational'],
      ...(d.items.length > 0
        ? { items: d.items }
        : d.item === null
          ? {}
          : { itemType: d.item.itemType, minAvailable: d.item.minAvailable }),
      closures: [...stored.map((c) => c.geometry), ...d.closures.map((c) => point(c.position))],
    },
  };
}
