import { pointInPolygon } from './point_in_polygon.ts';
import { pointSegmentDistance } from './segment_projection.ts';

type Ring = readonly (readonly number[])[];
type Rings = readonly Ring[];

/** A square of the search: centre, half size, signed distance of the centre to the outline, best possible inside. */
interface Cell {
  x: number;
  y: number;
  h: number;
  d: number;
  max: number;
}

/** Signed distance from (x, y) to the rings' edges: positive inside (even-odd, so holes are outside). */
function signedDistance(x: number, y: number, rings: Rings): number {
  let best = Number.POSITIVE_INFINITY;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const a = ring[i - 1] ?? [];
      const b = ring[i] ?? [];
      best = Math.min(best, pointSegmentDistance(x, y, a[0] ?? 0, a[1] ?? 0, b[0] ?? 0, b[1] ?? 0));
    }
  }
  return pointInPolygon(x, y, rings) ? best : -best;
}

function cell(x: number, y: number, h: number, rings: Rings): Cell {
  const d = signedDistance(x, y, rings);
  return { x, y, h, d, max: d + h * Math.SQRT2 };
}

/** A max-heap of cells by `max`: the cell that may still hide the farthest inside point comes out first. */
class CellQueue {
  private readonly cells: Cell[] = [];

  get size(): number {
    return this.cells.length;
  }

  push(c: Cell): void {
    const a = this.cells;
    a.push(c);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = a[parent] as Cell;
      if (p.max >= c.max) break;
      a[i] = p;
      i = parent;
    }
    a[i] = c;
  }

  pop(): Cell | undefined {
    const a = this.cells;
    const top = a[0];
    const last = a.pop();
    if (a.length === 0 || last === undefined) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= a.length) break;
      const r = l + 1;
      const child = r < a.length && (a[r] as Cell).max > (a[l] as Cell).max ? r : l;
      if ((a[child] as Cell).max <= last.max) break;
      a[i] = a[child] as Cell;
      i = child;
    }
    a[i] = last;
    return top;
  }
}

/**
 * The point of one polygon farthest from its outline (Garcia-Castellanos & Lombardo's pole of inaccessibility, by
 * the quadtree search of Mapbox's polylabel) and that distance, in the rings' own planar units; found to within
 * `precision` of the best distance.
 */
function poleOfPolygon(rings: Rings, precision: number): { x: number; y: number; d: number } {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = 0, y = 0] of rings[0] ?? []) {
    w = Math.min(w, x);
    s = Math.min(s, y);
    e = Math.max(e, x);
    n = Math.max(n, y);
  }
  const size = Math.min(e - w, n - s);
  if (!(size > 0)) return { x: w, y: s, d: 0 };
  const queue = new CellQueue();
  const h = size / 2;
  for (let x = w; x < e; x += size)
    for (let y = s; y < n; y += size) queue.push(cell(x + h, y + h, h, rings));
  let best = cell((w + e) / 2, (s + n) / 2, 0, rings);
  for (let c = queue.pop(); c !== undefined; c = queue.pop()) {
    if (c.d > best.d) best = c;
    if (c.max - best.d <= precision) continue;
    const q = c.h / 2;
    queue.push(cell(c.x - q, c.y - q, q, rings));
    queue.push(cell(c.x + q, c.y - q, q, rings));
    queue.push(cell(c.x - q, c.y + q, q, rings));
    queue.push(cell(c.x + q, c.y + q, q, rings));
  }
  return { x: best.x, y: best.y, d: best.d };
}

/**
 * Where an area's name sits best: the point of its polygons farthest from every edge (of the widest part of a
 * multipolygon), which lies well inside even a U, a ring or a long thin coast, where a centroid may fall outside
 * or against a border. Lon/lat degrees in and out; distances are taken with longitude shrunk by cos(latitude),
 * so a wide area is not favoured over a tall one. `precision` is a fraction of the area's smaller side.
 *
 * @example poleOfInaccessibility([[[[0, 0], [4, 0], [4, 1], [0, 1], [0, 0]]]]) // about [2, 0.5]
 */
export function poleOfInaccessibility(polygons: readonly Rings[], precision = 0.01): [number, number] | null {
  let lat0 = 0;
  let count = 0;
  for (const rings of polygons)
    for (const [, y = 0] of rings[0] ?? []) {
      lat0 += y;
      count += 1;
    }
  if (count === 0) return null;
  const k = Math.cos(((lat0 / count) * Math.PI) / 180) || 1;
  let best: { x: number; y: number; d: number } | null = null;
  for (const rings of polygons) {
    const scaled = rings.map((ring) => ring.map(([x = 0, y = 0]) => [x * k, y]));
    let [s, n, w, e] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const [x = 0, y = 0] of scaled[0] ?? []) {
      w = Math.min(w, x);
      e = Math.max(e, x);
      s = Math.min(s, y);
      n = Math.max(n, y);
    }
    const pole = poleOfPolygon(scaled, Math.max(Math.min(e - w, n - s) * precision, 1e-9));
    if (best === null || pole.d > best.d) best = pole;
  }
  return best === null ? null : [best.x / k, best.y];
}
