/**
 * The edges of a hierarchy while it is built: the graph's own directed edges and the shortcuts added by
 * contraction, in growable typed arrays. An edge is either an original edge (`original` >= 0, the road graph's
 * edge id) or a shortcut over a contracted node (`first` then `second`, both ids in this store).
 */
export class ShortcutStore {
  size = 0;
  tail: Int32Array;
  head: Int32Array;
  seconds: Float64Array;
  original: Int32Array;
  first: Int32Array;
  second: Int32Array;
  /** How many road graph edges an edge stands for. */
  hops: Int32Array;

  constructor(capacity: number) {
    const c = Math.max(16, capacity);
    this.tail = new Int32Array(c);
    this.head = new Int32Array(c);
    this.seconds = new Float64Array(c);
    this.original = new Int32Array(c);
    this.first = new Int32Array(c);
    this.second = new Int32Array(c);
    this.hops = new Int32Array(c);
  }

  /** Adds an edge and returns its id. */
  add(tail: number, head: number, seconds: number, original: number, first: number, second: number): number {
    if (this.size === this.tail.length) this.grow();
    const id = this.size++;
    this.tail[id] = tail;
    this.head[id] = head;
    this.seconds[id] = seconds;
    this.original[id] = original;
    this.first[id] = first;
    this.second[id] = second;
    this.hops[id] = original >= 0 ? 1 : (this.hops[first] as number) + (this.hops[second] as number);
    return id;
  }

  /** Makes edge `id` the road graph's edge `original`, cheaper than what it stood for. */
  makeOriginal(id: number, seconds: number, original: number): void {
    this.seconds[id] = seconds;
    this.original[id] = original;
    this.hops[id] = 1;
  }

  /** Makes edge `id` a shortcut over `first` then `second` with a lower cost. */
  lower(id: number, seconds: number, first: number, second: number): void {
    this.seconds[id] = seconds;
    this.original[id] = -1;
    this.first[id] = first;
    this.second[id] = second;
    this.hops[id] = (this.hops[first] as number) + (this.hops[second] as number);
  }

  private grow(): void {
    const c = this.tail.length * 2;
    const widen = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(c);
      b.set(a);
      return b;
    };
    const ints = (n: number) => new Int32Array(n);
    this.tail = widen(this.tail, ints);
    this.head = widen(this.head, ints);
    this.seconds = widen(this.seconds, (n) => new Float64Array(n));
    this.original = widen(this.original, ints);
    this.first = widen(this.first, ints);
    this.second = widen(this.second, ints);
    this.hops = widen(this.hops, ints);
  }
}
