/**
 * A binary min-heap of (key, node) pairs on typed arrays. Entries are never decreased in place: a node is pushed
 * again with its lower key and stale entries are skipped by the caller, which keeps the heap simple and fast.
 */
export class MinHeap {
  keys: Float64Array;
  nodes: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(Math.max(16, capacity));
    this.nodes = new Int32Array(Math.max(16, capacity));
  }

  clear(): void {
    this.size = 0;
  }

  push(key: number, node: number): void {
    if (this.size === this.keys.length) this.grow();
    const keys = this.keys;
    const nodes = this.nodes;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = keys[parent] as number;
      if (pk <= key) break;
      keys[i] = pk;
      nodes[i] = nodes[parent] as number;
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  /** Key of the smallest entry; the heap must not be empty. */
  peekKey(): number {
    return this.keys[0] as number;
  }

  /** Removes the smallest entry and returns its node; read its key with peekKey first. */
  pop(): number {
    const keys = this.keys;
    const nodes = this.nodes;
    const top = nodes[0] as number;
    const n = --this.size;
    if (n === 0) return top;
    const key = keys[n] as number;
    const node = nodes[n] as number;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && (keys[right] as number) < (keys[child] as number)) child = right;
      if ((keys[child] as number) >= key) break;
      keys[i] = keys[child] as number;
      nodes[i] = nodes[child] as number;
      i = child;
    }
    keys[i] = key;
    nodes[i] = node;
    return top;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    const nodes = new Int32Array(this.nodes.length * 2);
    nodes.set(this.nodes);
    this.keys = keys;
    this.nodes = nodes;
  }
}
