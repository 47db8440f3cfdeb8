import { nodeCount, type RoadGraph } from '../graph/road_graph.ts';
import { MinHeap } from '../route/min_heap.ts';
import { edgeTail } from '../route/search.ts';
import { ShortcutStore } from './shortcut_store.ts';
import { WitnessSearch } from './witness_search.ts';

/**
 * A contraction hierarchy of one profile's weights on one road graph (Geisberger et al. 2008). Every node has a
 * rank; a shortest path always climbs in rank and then descends, so a query searches only upward from both ends.
 *
 * - `up*` (CSR by node): the edges leaving a node toward higher-ranked nodes, for searches from an origin.
 * - `down*` (CSR by node): the edges arriving at a node from higher-ranked nodes, for searches run backward from a
 *   destination; `downTail` is the node the backward search moves to.
 * - `edge*`: every hierarchy edge, for unpacking a route: the road graph's edge (`edgeOriginal` >= 0) or a
 *   shortcut over two hierarchy edges (`edgeFirst` then `edgeSecond`).
 */
export interface ContractionHierarchy {
  rank: Int32Array;
  upOffsets: Int32Array;
  upHead: Int32Array;
  upSeconds: Float64Array;
  upEdge: Int32Array;
  downOffsets: Int32Array;
  downTail: Int32Array;
  downSeconds: Float64Array;
  downEdge: Int32Array;
  edgeOriginal: Int32Array;
  edgeFirst: Int32Array;
  edgeSecond: Int32Array;
  /** Shortcuts added by contraction. */
  shortcuts: number;
}

/** Settled-node bounds of the witness search: small while ranking nodes, larger when contracting one. */
const RANK_WITNESS_LIMIT = 40;
const CONTRACT_WITNESS_LIMIT = 400;
/** How many nodes are ranked or contracted between looks at the clock. */
const CLOCK_EVERY = 32;

/**
 * Contracts every node of the graph under the given directed edge weights (Infinity = not drivable), least
 * important first, and can stop and resume between nodes so a Worker or a server builds it in slices between
 * questions. A node's importance is its level (one more than the highest contracted neighbour's) plus the
 * shortcuts its contraction adds per edge it removes, and the same for the road edges they stand for (the
 * ordering of Dibbelt, Strasser and Wagner's RoutingKit). The level of a neighbour is updated as nodes are
 * contracted; the rest is recomputed when the node comes up (lazy updates).
 *
 * @example
 * const builder = new HierarchyBuilder(graph, weightsFor(graph, FIRE_ENGINE).edgeSeconds);
 * for (let end = performance.now() + 10; !builder.step(() => performance.now() < end); end = performance.now() + 10) {
 *   await idle();
 * }
 * const ch = builder.result();
 */
export class HierarchyBuilder {
  readonly #n: number;
  readonly #store: ShortcutStore;
  readonly #out: number[][];
  readonly #in: number[][];
  readonly #contracted: Uint8Array;
  readonly #level: Int32Array;
  readonly #quotient: Float64Array;
  readonly #priority: Float64Array;
  readonly #rank: Int32Array;
  readonly #upLists: number[][];
  readonly #downLists: number[][];
  readonly #queue: MinHeap;
  readonly #witness: WitnessSearch;
  readonly #targets: number[] = [];
  /** Nodes given a first priority so far; then nodes contracted so far. */
  #ranked = 0;
  #contractedCount = 0;
  #addedHops = 0;
  #result: ContractionHierarchy | null = null;

  constructor(g: RoadGraph, edgeSeconds: Float32Array) {
    const n = nodeCount(g);
    this.#n = n;
    this.#store = new ShortcutStore(edgeSeconds.length * 2);
    this.#out = Array.from({ length: n }, () => []);
    this.#in = Array.from({ length: n }, () => []);
    this.#contracted = new Uint8Array(n);
    this.#level = new Int32Array(n);
    this.#quotient = new Float64Array(n);
    this.#priority = new Float64Array(n);
    this.#rank = new Int32Array(n);
    this.#upLists = new Array(n);
    this.#downLists = new Array(n);
    this.#queue = new MinHeap(n * 2);
    this.#witness = new WitnessSearch(n);
    for (let e = 0; e < edgeSeconds.length; e++) {
      const s = edgeSeconds[e] as number;
      const u = edgeTail(g, e);
      const v = g.edgeTarget[e] as number;
      if (Number.isFinite(s) && u !== v) this.#addEdge(u, v, s, e, -1, -1);
    }
  }

  /** Share of the work done, 0 to 1 (ranking counts a tenth). */
  get progress(): number {
    if (this.#n === 0) return 1;
    return 0.1 * (this.#ranked / this.#n) + 0.9 * (this.#contractedCount / this.#n);
  }

  /**
   * Works while `timeLeft()` says so (asked every few nodes) or to the end; true once the hierarchy is complete.
   */
  step(timeLeft: () => boolean): boolean {
    let sinceClock = 0;
    const timeUp = (): boolean => ++sinceClock % CLOCK_EVERY === 0 && !timeLeft();
    while (this.#ranked < this.#n) {
      const v = this.#ranked++;
      this.#priority[v] = this.#priorityOf(v);
      this.#queue.push(this.#priority[v] as number, v);
      if (timeUp()) return false;
    }
    const queue = this.#queue;
    while (queue.size > 0) {
      const key = queue.peekKey();
      const v = queue.pop();
      if (this.#contracted[v] === 1 || key !== this.#priority[v]) continue;
      const now = this.#priorityOf(v);
      if (queue.size > 0 && now > queue.peekKey()) {
        this.#priority[v] = now;
        queue.push(now, v);
        continue;
      }
      this.#contract(v);
      if (timeUp()) return queue.size === 0;
    }
    return true;
  }

  /** The finished hierarchy; finishes the work first if steps have not. */
  result(): ContractionHierarchy {
    if (this.#result !== null) return this.#result;
    this.step(() => true);
    const store = this.#store;
    const up = toCsr(this.#upLists, store.head, store);
    const down = toCsr(this.#downLists, store.tail, store);
    let originals = 0;
    for (let e = 0; e < store.size; e++) if ((store.original[e] as number) >= 0) originals++;
    this.#result = {
      rank: this.#rank,
      upOffsets: up.offsets,
      upHead: up.other,
      upSeconds: up.seconds,
      upEdge: up.edge,
      downOffsets: down.offsets,
      downTail: down.other,
      downSeconds: down.seconds,
      downEdge: down.edge,
      edgeOriginal: store.original.slice(0, store.size),
      edgeFirst: store.first.slice(0, store.size),
      edgeSecond: store.second.slice(0, store.size),
      shortcuts: store.size - originals,
    };
    return this.#result;
  }

  #addEdge(u: number, x: number, seconds: number, original: number, a: number, b: number): void {
    const store = this.#store;
    for (const e of this.#out[u] as number[]) {
      if (store.head[e] !== x) continue;
      if (seconds < (store.seconds[e] as number)) {
        if (original >= 0) store.makeOriginal(e, seconds, original);
        else store.lower(e, seconds, a, b);
      }
      return;
    }
    const id = store.add(u, x, seconds, original, a, b);
    (this.#out[u] as number[]).push(id);
    (this.#in[x] as number[]).push(id);
  }

  /** Shortcuts contracting v would need (and their hops in #addedHops); adds them when `apply`. */
  #shortcutsFor(v: number, apply: boolean): number {
    const store = this.#store;
    const outs = this.#out[v] as number[];
    const targets = this.#targets;
    let count = 0;
    this.#addedHops = 0;
    for (const a of this.#in[v] as number[]) {
      const u = store.tail[a] as number;
      const toV = store.seconds[a] as number;
      let maxCost = -1;
      targets.length = 0;
      for (const b of outs) {
        const x = store.head[b] as number;
        if (x === u) continue;
        maxCost = Math.max(maxCost, toV + (store.seconds[b] as number));
        targets.push(x);
      }
      if (maxCost < 0) continue;
      const limit = apply ? CONTRACT_WITNESS_LIMIT : RANK_WITNESS_LIMIT;
      this.#witness.run(
        this.#out,
        store.head,
        store.seconds,
        this.#contracted,
        u,
        v,
        targets,
        maxCost,
        limit,
      );
      for (const b of outs) {
        const x = store.head[b] as number;
        if (x === u) continue;
        const cost = toV + (store.seconds[b] as number);
        if ((this.#witness.dist[x] as number) <= cost) continue;
        count++;
        this.#addedHops += (store.hops[a] as number) + (store.hops[b] as number);
        if (apply) this.#addEdge(u, x, cost, -1, a, b);
      }
    }
    return count;
  }

  #priorityOf(v: number): number {
    const added = this.#shortcutsFor(v, false);
    const store = this.#store;
    let removedHops = 0;
    for (const e of this.#in[v] as number[]) removedHops += store.hops[e] as number;
    for (const e of this.#out[v] as number[]) removedHops += store.hops[e] as number;
    const removed = (this.#in[v] as number[]).length + (this.#out[v] as number[]).length;
    this.#quotient[v] = added / Math.max(1, removed) + this.#addedHops / Math.max(1, removedHops);
    return (this.#level[v] as number) + (this.#quotient[v] as number);
  }

  #contract(v: number): void {
    const store = this.#store;
    this.#shortcutsFor(v, true);
    this.#contracted[v] = 1;
    this.#rank[v] = this.#contractedCount++;
    const outs = this.#out[v] as number[];
    const ins = this.#in[v] as number[];
    this.#upLists[v] = outs;
    this.#downLists[v] = ins;
    const neighbours = new Set<number>();
    for (const b of outs) {
      const x = store.head[b] as number;
      this.#in[x] = (this.#in[x] as number[]).filter((e) => store.tail[e] !== v);
      neighbours.add(x);
    }
    for (const a of ins) {
      const u = store.tail[a] as number;
      this.#out[u] = (this.#out[u] as number[]).filter((e) => store.head[e] !== v);
      neighbours.add(u);
    }
    this.#out[v] = [];
    this.#in[v] = [];
    for (const w of neighbours) {
      this.#level[w] = Math.max(this.#level[w] as number, (this.#level[v] as number) + 1);
      this.#priority[w] = (this.#level[w] as number) + (this.#quotient[w] as number);
      this.#queue.push(this.#priority[w] as number, w);
    }
  }
}

/** Contracts the whole graph at once (see HierarchyBuilder). */
export function contractHierarchy(g: RoadGraph, edgeSeconds: Float32Array): ContractionHierarchy {
  return new HierarchyBuilder(g, edgeSeconds).result();
}

function toCsr(
  lists: readonly (readonly number[])[],
  otherEnd: Int32Array,
  store: ShortcutStore,
): { offsets: Int32Array; other: Int32Array; seconds: Float64Array; edge: Int32Array } {
  const offsets = new Int32Array(lists.length + 1);
  for (let v = 0; v < lists.length; v++) offsets[v + 1] = (offsets[v] as number) + (lists[v]?.length ?? 0);
  const total = offsets[lists.length] as number;
  const other = new Int32Array(total);
  const seconds = new Float64Array(total);
  const edge = new Int32Array(total);
  let i = 0;
  for (const list of lists) {
    for (const e of list ?? []) {
      other[i] = otherEnd[e] as number;
      seconds[i] = store.seconds[e] as number;
      edge[i++] = e;
    }
  }
  return { offsets, other, seconds, edge };
}
