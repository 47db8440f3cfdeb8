import type { EdgeWeights } from '../graph/edge_weights.ts';
import type { RoadGraph } from '../graph/road_graph.ts';
import type { VehicleProfile } from '../profiles.ts';
import { type Anchor, anchorPoint, seedLeaving } from './anchor.ts';
import { type ClosureOptions, resolveClosedLinks } from './closure_mask.ts';
import { createWorkspace, resetWorkspace, runSearch, type SearchWorkspace } from './search.ts';
import { weightsFor } from './weights_for.ts';

export interface TimedStart {
  point: readonly number[];
  /** Seconds already spent at the start (e.g. turnout). */
  costS: number;
}

export interface ArrivalTimesOptions extends ClosureOptions {
  /** Nodes later than this are left at Infinity, and the search stops there. */
  cutoffS?: number;
  workspace?: SearchWorkspace;
}

export interface ArrivalTimes {
  /** Seconds from the nearest start to each graph node (index = node), Infinity beyond reach or the cutoff. */
  times: Float64Array;
  /** Each start's anchor (null: beyond maxSnapM, so it contributes nothing). */
  anchors: (Anchor | null)[];
}

/**
 * Multi-source arrival times at every node: each start is snapped, pays its cost plus its off-network leg and
 * the partial link to the link ends its one-way allows. The basis for isochrones and coverage.
 *
 * @example arrivalTimes(graph, FIRE_ENGINE, posts.map((p) => ({ point: p, costS: 120 })), { cutoffS: 900 })
 */
export function arrivalTimes(
  g: RoadGraph,
  profile: VehicleProfile | EdgeWeights,
  starts: readonly TimedStart[],
  options: ArrivalTimesOptions = {},
): ArrivalTimes {
  const w = weightsFor(g, profile);
  const closed = resolveClosedLinks(g, options);
  const cutoffS = options.cutoffS ?? Infinity;
  const ws = options.workspace ?? createWorkspace(g);
  resetWorkspace(ws);
  const anchors = starts.map((s) => {
    const a = anchorPoint(g, w, s.point, closed);
    if (a !== null) seedLeaving(g, ws, w, a, s.costS);
    return a;
  });
  runSearch(g, ws, { edgeSeconds: w.edgeSeconds, closedLinks: closed, direction: 'forward', cutoffS });
  const times = new Float64Array(ws.dist.length);
  for (let i = 0; i < times.length; i++) {
    const t = ws.dist[i] ?? Infinity;
    times[i] = ws.settled[i] === 1 && t <= cutoffS ? t : Infinity;
  }
  return { times, anchors };
}
