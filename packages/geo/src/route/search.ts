import {
  edgeCount,
  nodeCount,
  ONEWAY_BACKWARD,
  ONEWAY_FORWARD,
  type RoadGraph,
} from '../graph/road_graph.ts';
import { MinHeap } from './min_heap.ts';

/**
 * Reusable buffers for one search at a time on one graph: arrival times, the edge each node was reached by,
 * and the heap. Create one per graph (per Worker) and pass it to every call to avoid allocation.
 */
export interface SearchWorkspace {
  dist: Float64Array;
  /** Edge by which a node was reached (forward) or left toward the target (backward); -1 for a start. */
  pred: Int32Array;
  settled: Uint8Array;
  heap: MinHeap;
}

export function createWorkspace(g: RoadGraph): SearchWorkspace {
  const n = nodeCount(g);
  return {
    dist: new Float64Array(n),
    pred: new Int32Array(n),
    settled: new Uint8Array(n),
    heap: new MinHeap(edgeCount(g) + 16),
  };
}

export function resetWorkspace(ws: SearchWorkspace): void {
  ws.dist.fill(Number.POSITIVE_INFINITY);
  ws.pred.fill(-1);
  ws.settled.fill(0);
  ws.heap.clear();
}

/** Offers a start node at a cost; the lower offer wins. */
export function seed(ws: SearchWorkspace, node: number, cost: number): void {
  if (cost < (ws.dist[node] ?? Infinity)) {
    ws.dist[node] = cost;
    ws.pred[node] = -1;
    ws.heap.push(cost, node);
  }
}

export type Direction = 'forward' | 'backward';

export interface SearchOptions {
  edgeSeconds: Float32Array;
  /** Links closed to traffic (1 = closed), or null. */
  closedLinks: Uint8Array | null;
  direction: Direction;
  cutoffS: number;
  /** Called when a node is settled; returning true stops the search. */
  onSettle?: (node: number, cost: number) => boolean;
}

/**
 * Dijkstra from the seeded nodes. Forward: dist = time from the nearest start to each node. Backward: dist = time
 * from each node to the nearest seeded target, following edges in their allowed direction (so routes computed
 * backward from an incident are driven post -> incident, right for one-ways).
 */
export function runSearch(g: RoadGraph, ws: SearchWorkspace, o: SearchOptions): void {
  const { dist, pred, settled, heap } = ws;
  const forward = o.direction === 'forward';
  const offsets = forward ? g.edgeOffsets : g.inOffsets;
  const closed = o.closedLinks;
  const w = o.edgeSeconds;
  while (heap.size > 0) {
    const d = heap.peekKey();
    const u = heap.pop();
    if (settled[u] === 1 || d > (dist[u] as number)) continue;
    if (d > o.cutoffS) break;
    settled[u] = 1;
    if (o.onSettle?.(u, d)) return;
    const end = offsets[u + 1] as number;
    for (let i = offsets[u] as number; i < end; i++) {
      const e = forward ? i : (g.inEdge[i] as number);
      if (closed !== null && closed[g.edgeLink[e] as number] === 1) continue;
      const nd = d + (w[e] as number);
      const v = forward ? (g.edgeTarget[e] as number) : edgeTail(g, e);
      if (nd < (dist[v] as number)) {
        dist[v] = nd;
        pred[v] = e;
        heap.push(nd, v);
      }
    }
  }
}

/** The node an edge leaves from. */
export function edgeTail(g: RoadGraph, e: number): number {
  const l = g.edgeLink[e] as number;
  return g.edgeReverse[e] === 1 ? (g.linkTo[l] as number) : (g.linkFrom[l] as number);
}

/** May a vehicle drive link `l` in its vertex order (forward) or against it? */
export function linkAllows(g: RoadGraph, l: number, againstVertexOrder: boolean): boolean {
  const oneway = g.roadOneway[g.linkRoad[l] as number];
  return againstVertexOrder ? oneway !== ONEWAY_FORWARD : oneway !== ONEWAY_BACKWARD;
}
