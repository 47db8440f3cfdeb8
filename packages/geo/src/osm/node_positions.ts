/**
 * Positions by OSM node id in an open-addressing hash on typed arrays (24 bytes a slot, at most half full): a
 * regional import keeps a few million nodes, which a Map of arrays would hold at ten times the memory.
 *
 * @example const p = new NodePositions(); p.set(42, 115.1, -8.1); p.lon(p.slot(42))
 */
export class NodePositions {
  private keys: Float64Array;
  private lons: Float64Array;
  private lats: Float64Array;
  private mask: number;
  private count = 0;

  constructor(capacity = 1 << 16) {
    const size = 2 ** Math.ceil(Math.log2(Math.max(16, capacity * 2)));
    this.keys = new Float64Array(size).fill(Number.NaN);
    this.lons = new Float64Array(size);
    this.lats = new Float64Array(size);
    this.mask = size - 1;
  }

  get size(): number {
    return this.count;
  }

  set(id: number, lon: number, lat: number): void {
    if (2 * (this.count + 1) > this.keys.length) this.grow();
    let s = this.home(id);
    for (;;) {
      const k = this.keys[s] ?? 0;
      if (Number.isNaN(k)) {
        this.keys[s] = id;
        this.count++;
        break;
      }
      if (k === id) break;
      s = (s + 1) & this.mask;
    }
    this.lons[s] = lon;
    this.lats[s] = lat;
  }

  /** The slot holding `id`, or -1. */
  slot(id: number): number {
    let s = this.home(id);
    for (;;) {
      const k = this.keys[s] ?? 0;
      if (k === id) return s;
      if (Number.isNaN(k)) return -1;
      s = (s + 1) & this.mask;
    }
  }

  lon(slot: number): number {
    return this.lons[slot] ?? Number.NaN;
  }

  lat(slot: number): number {
    return this.lats[slot] ?? Number.NaN;
  }

  private home(id: number): number {
    const lo = id >>> 0;
    const hi = Math.floor(id / 4294967296) | 0;
    let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h & this.mask;
  }

  private grow(): void {
    const { keys, lons, lats } = this;
    const size = keys.length * 2;
    this.keys = new Float64Array(size).fill(Number.NaN);
    this.lons = new Float64Array(size);
    this.lats = new Float64Array(size);
    this.mask = size - 1;
    this.count = 0;
    for (let s = 0; s < keys.length; s++) {
      const k = keys[s] ?? Number.NaN;
      if (!Number.isNaN(k)) this.set(k, lons[s] ?? 0, lats[s] ?? 0);
    }
  }
}
