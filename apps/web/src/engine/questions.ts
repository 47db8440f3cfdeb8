import { featuresOf } from '../store/data_slice.ts';
import { livePlan } from '../store/planner_slice.ts';
import type { Question } from './ask_when_changed.ts';
import { closestRequest, coverageRequest, isochronesRequest } from './engine_requests.ts';

const inPlanner = (s: { panel: string }) => s.panel === 'planner';

/** The planner's coverage what-if, asked while the planner is open (a dragged candidate counts live). */
export const coverageQuestion: Question<'coverage'> = {
  lane: 'coverage',
  inputs: (s) => [livePlan(s)],
  active: inPlanner,
  request: (s) => coverageRequest(livePlan(s)),
  read: (s) => s.coverage,
  write: (s, r) => s.setCoverage(r),
};

export const isochronesQuestion: Question<'isochrones'> = {
  lane: 'isochrones',
  inputs: (s) => [livePlan(s)],
  active: inPlanner,
  request: (s) => isochronesRequest(livePlan(s)),
  read: (s) => s.isochrones,
  write: (s, r) => s.setIsochrones(r),
};

/** The dispatcher's closest posts and caches, asked whichever panel is open. */
export const closestQuestion: Question<'closest'> = {
  lane: 'closest',
  inputs: (s) => [s.dispatch, s.datasets.closures],
  active: () => true,
  request: (s) => closestRequest(s.dispatch, featuresOf(s.datasets, 'closures')),
  read: (s) => s.closest,
  write: (s, r) => s.setClosest(r),
};
