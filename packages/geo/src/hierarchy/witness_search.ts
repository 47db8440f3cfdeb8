import { MinHeap } from '../route/min_heap.ts';

/**
 * The contraction's local search: is there a path from `source` to a neighbour of the node being contracted that
 * avoids it and costs no more than the path through it? Bounded by cost and by the number of settled nodes, so a
 * missed witness only adds a shortcut that was not needed; it never loses a shortest path. It stops once every
 * target is settled.
 */
export class WitnessSearch {
  readonly dist: Float64Array;
  readonly #target: Int32Array;
  #stamp = 0;
  readonly #touched: number[] = [];
  readonly #heap = new MinHeap(256);

  constructor(nodes: number) {
    this.dist = new Float64Array(nodes).fill(Number.POSITIVE_INFINITY);
    this.#target = new Int32Array(nodes);
  }

  run(
    out: readonly (readonly number[])[],
    head: Int32Array,
    seconds: Float64Array,
    contracted: Uint8Array,
    source: number,
    avoid: number,
    targets: readonly number[],
    maxCost: number,
    settleLimit: number,
  ): void {
    const dist = this.dist;
    const target = this.#target;
    const stamp = ++this.#stamp;
    let unsettled = 0;
    for (const x of targets) {
      if (target[x] !== stamp) {
        target[x] = stamp;
        unsettled++;
      }
    }
    const touched = this.#touched;
    for (const u of touched) dist[u] = Number.POSITIVE_INFINITY;
    touched.length = 0;
    const heap = this.#heap;
    heap.clear();
    dist[source] = 0;
    touched.push(source);
    heap.push(0, source);
    let settled = 0;
    while (heap.size > 0) {
      const d = heap.peekKey();
      const u = heap.pop();
      if (d > (dist[u] as number)) continue;
      if (d > maxCost || ++settled > settleLimit) break;
      if (target[u] === stamp && --unsettled === 0) break;
      for (const e of out[u] as readonly number[]) {
        const x = head[e] as number;
        if (x === avoid || contracted[x] === 1) continue;
        const nd = d + (seconds[e] as number);
        if (nd < (dist[x] as number)) {
          if (dist[x] === Number.POSITIVE_INFINITY) touched.push(x);
          dist[x] = nd;
          heap.push(nd, x);
        }
      }
    }
  }
}
