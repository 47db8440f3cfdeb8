import type { EdgeWeights } from '../graph/edge_weights.ts';
import { nodeCount, type RoadGraph } from '../graph/road_graph.ts';
import type { VehicleProfile } from '../profiles.ts';
import { type Anchor, anchorEnds, anchorPoint, sameLinkSeconds, seedLeaving } from './anchor.ts';
import { type ClosureOptions, resolveClosedLinks } from './closure_mask.ts';
import { createWorkspace, resetWorkspace, runSearch, type SearchWorkspace } from './search.ts';
import { weightsFor } from './weights_for.ts';

export interface MatrixOptions extends ClosureOptions {
  workspace?: SearchWorkspace;
}

/**
 * Travel seconds from every origin to every destination (off-network legs included, no turnout), row-major:
 * `m[i * destinations.length + j]`. Infinity where unreachable or a point lies beyond the profile's maxSnapM.
 *
 * @example const m = travelTimeMatrix(graph, FIRE_ENGINE, posts, desaCentres);
 */
export function travelTimeMatrix(
  g: RoadGraph,
  profile: VehicleProfile | EdgeWeights,
  origins: readonly (readonly number[])[],
  destinations: readonly (readonly number[])[],
  options: MatrixOptions = {},
): Float64Array {
  const w = weightsFor(g, profile);
  const closed = resolveClosedLinks(g, options);
  const out = new Float64Array(origins.length * destinations.length).fill(Infinity);
  const dest = destinations.map((p) => anchorPoint(g, w, p, closed));
  const isTarget = new Uint8Array(nodeCount(g));
  let targetNodes = 0;
  const destEnds = dest.map((a) => (a === null ? [] : anchorEnds(g, w, a, 'arriving')));
  for (const ends of destEnds) {
    for (const end of ends) {
      if (isTarget[end.node] === 0) targetNodes++;
      isTarget[end.node] = 1;
    }
  }
  const ws = options.workspace ?? createWorkspace(g);
  const cols = destinations.length;
  origins.forEach((p, i) => {
    const origin = anchorPoint(g, w, p, closed);
    if (origin === null) return;
    resetWorkspace(ws);
    seedLeaving(g, ws, w, origin, 0);
    let remaining = targetNodes;
    runSearch(g, ws, {
      edgeSeconds: w.edgeSeconds,
      closedLinks: closed,
      direction: 'forward',
      cutoffS: Infinity,
      onSettle: (node) => isTarget[node] === 1 && --remaining === 0,
    });
    dest.forEach((a, j) => {
      if (a === null) return;
      out[i * cols + j] = arrivalAt(g, w, ws, origin, a, destEnds[j] ?? []);
    });
  });
  return out;
}

function arrivalAt(
  g: RoadGraph,
  w: EdgeWeights,
  ws: SearchWorkspace,
  origin: Anchor,
  a: Anchor,
  ends: ReturnType<typeof anchorEnds>,
): number {
  let t = origin.offNetworkS + sameLinkSeconds(g, w, origin, a) + a.offNetworkS;
  for (const end of ends) t = Math.min(t, (ws.dist[end.node] ?? Infinity) + end.seconds + a.offNetworkS);
  return t;
}
