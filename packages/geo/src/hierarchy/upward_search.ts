import { MinHeap } from '../route/min_heap.ts';
import type { ContractionHierarchy } from './contraction_hierarchy.ts';

/**
 * One search in a contraction hierarchy, climbing only to higher-ranked nodes: forward from an origin on the up
 * edges, or backward from a destination on the down edges. Only the nodes it touches are reset, so a search costs
 * its search space (a few hundred nodes on a road network), not the graph's size.
 */
export class UpwardSearch {
  readonly dist: Float64Array;
  /** The hierarchy edge a node was reached by, and the node it came from; -1 for a seed. */
  readonly predEdge: Int32Array;
  readonly predNode: Int32Array;
  readonly #touched: number[] = [];
  readonly #heap = new MinHeap(1024);

  constructor(
    readonly ch: ContractionHierarchy,
    readonly direction: 'forward' | 'backward',
  ) {
    const n = ch.rank.length;
    this.dist = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
    this.predEdge = new Int32Array(n).fill(-1);
    this.predNode = new Int32Array(n).fill(-1);
  }

  /** The nodes the last search reached. */
  get touched(): readonly number[] {
    return this.#touched;
  }

  reset(): void {
    for (const u of this.#touched) {
      this.dist[u] = Number.POSITIVE_INFINITY;
      this.predEdge[u] = -1;
      this.predNode[u] = -1;
    }
    this.#touched.length = 0;
    this.#heap.clear();
  }

  /** Offers a start node at a cost; the lower offer wins. */
  seed(node: number, cost: number): void {
    if (cost < (this.dist[node] as number)) {
      if (this.dist[node] === Number.POSITIVE_INFINITY) this.#touched.push(node);
      this.dist[node] = cost;
      this.predEdge[node] = -1;
      this.predNode[node] = -1;
      this.#heap.push(cost, node);
    }
  }

  /**
   * Runs to the end of the search space, or until `onSettle` returns true. A node reached more cheaply through a
   * higher node than its own label is stalled (its edges are not relaxed): its label cannot be on a shortest path.
   */
  run(onSettle?: (node: number, cost: number) => boolean): void {
    const { ch, dist, predEdge, predNode } = this;
    const forward = this.direction === 'forward';
    const offsets = forward ? ch.upOffsets : ch.downOffsets;
    const next = forward ? ch.upHead : ch.downTail;
    const seconds = forward ? ch.upSeconds : ch.downSeconds;
    const edge = forward ? ch.upEdge : ch.downEdge;
    const stallOffsets = forward ? ch.downOffsets : ch.upOffsets;
    const stallFrom = forward ? ch.downTail : ch.upHead;
    const stallSeconds = forward ? ch.downSeconds : ch.upSeconds;
    const heap = this.#heap;
    const touched = this.#touched;
    while (heap.size > 0) {
      const d = heap.peekKey();
      const u = heap.pop();
      if (d > (dist[u] as number)) continue;
      if (onSettle?.(u, d)) return;
      let stalled = false;
      const stallEnd = stallOffsets[u + 1] as number;
      for (let i = stallOffsets[u] as number; i < stallEnd; i++) {
        if ((dist[stallFrom[i] as number] as number) + (stallSeconds[i] as number) < d) {
          stalled = true;
          break;
        }
      }
      if (stalled) continue;
      const end = offsets[u + 1] as number;
      for (let i = offsets[u] as number; i < end; i++) {
        const v = next[i] as number;
        const nd = d + (seconds[i] as number);
        if (nd < (dist[v] as number)) {
          if (dist[v] === Number.POSITIVE_INFINITY) touched.push(v);
          dist[v] = nd;
          predEdge[v] = edge[i] as number;
          predNode[v] = u;
          heap.push(nd, v);
        }
      }
    }
  }

  /** The hierarchy edges from the seed to `node`, in driving order (forward) or from `node` to the seed (backward). */
  pathEdges(node: number): number[] {
    const edges: number[] = [];
    for (let u = node; (this.predEdge[u] as number) >= 0; u = this.predNode[u] as number) {
      edges.push(this.predEdge[u] as number);
    }
    return this.direction === 'forward' ? edges.reverse() : edges;
  }

  /** The seed a node's label comes from. */
  seedOf(node: number): number {
    let u = node;
    while ((this.predNode[u] as number) >= 0) u = this.predNode[u] as number;
    return u;
  }
}

/** The road graph's edges a hierarchy edge stands for, in driving order, appended to `into`. */
export function unpackEdge(ch: ContractionHierarchy, e: number, into: number[]): void {
  const stack = [e];
  while (stack.length > 0) {
    const x = stack.pop() as number;
    const original = ch.edgeOriginal[x] as number;
    if (original >= 0) into.push(original);
    else stack.push(ch.edgeSecond[x] as number, ch.edgeFirst[x] as number);
  }
}

/** A hierarchy with one search each way, reused by every query on it (one query at a time). */
export interface HierarchySearches {
  ch: ContractionHierarchy;
  forward: UpwardSearch;
  backward: UpwardSearch;
}

export function hierarchySearches(ch: ContractionHierarchy): HierarchySearches {
  return { ch, forward: new UpwardSearch(ch, 'forward'), backward: new UpwardSearch(ch, 'backward') };
}
