import type { Position } from '@siaga/schema';
import type { GridShape } from './study_grid.ts';

/** MultiPolygon coordinates, exterior rings counter-clockwise and holes clockwise (RFC 7946). */
export type MultiPolygonCoords = Position[][][];

const STEP_X = [1, 0, -1, 0] as const;
const STEP_Y = [0, 1, 0, -1] as const;
const COORD_DIGITS = 1e6;

/** Columns col0 .. col1 - 1 and rows row0 .. row1 - 1 of a grid. */
export interface CellWindow {
  col0: number;
  row0: number;
  col1: number;
  row1: number;
}

/**
 * Traces the outline of a set of cells (`inSet[cell] !== 0`) into valid MultiPolygon coordinates in lon/lat:
 * boundary edges between a cell in the set and one outside, linked into rings with the cell on the left;
 * vertices only where the outline turns, so every vertex is a cell corner.
 *
 * Cells touching only at a corner become separate polygons (the walk turns left at such a saddle); a gap that
 * reaches a saddle from inside becomes a hole touching its shell at that one point, which OGC allows. So rings
 * never cross or touch themselves.
 *
 * `window`, when given, must hold every cell of the set: only it is scanned, and the result is the same as
 * without it (same rings, same order), in O(window) instead of O(grid).
 *
 * @example polygonizeCells(grid, covered) // [[[[115.1, -8.2], …]]]
 */
export function polygonizeCells(
  grid: GridShape,
  inSet: Uint8Array,
  window: CellWindow = { col0: 0, row0: 0, col1: grid.cols, row1: grid.rows },
): MultiPolygonCoords {
  const { cols, rows } = grid;
  const { col0, row0, col1, row1 } = window;
  // Vertices of the window only, numbered from its south-west corner.
  const vw = col1 - col0 + 1;
  const out = new Uint8Array(vw * (row1 - row0 + 1));
  let any = false;
  for (let r = row0; r < row1; r++) {
    const base = r * cols;
    for (let c = col0; c < col1; c++) {
      if (inSet[base + c] === 0) continue;
      any = true;
      const v = (r - row0) * vw + (c - col0);
      if (r === 0 || inSet[base - cols + c] === 0) out[v] = (out[v] as number) | 1;
      if (c === cols - 1 || inSet[base + c + 1] === 0) out[v + 1] = (out[v + 1] as number) | 2;
      if (r === rows - 1 || inSet[base + cols + c] === 0) out[v + vw + 1] = (out[v + vw + 1] as number) | 4;
      if (c === 0 || inSet[base + c - 1] === 0) out[v + vw] = (out[v + vw] as number) | 8;
    }
  }
  if (!any) return [];
  const shells: Loop[] = [];
  const holes: Loop[] = [];
  const seen = new Map<number, number>();
  for (let start = 0; start < out.length; start++) {
    while (out[start] !== 0) {
      const corners = walk(out, vw, start);
      for (const loop of splitAtRepeats(corners, seen)) {
        const l = toLoop(loop, vw, col0, row0);
        (l.area2 > 0 ? shells : holes).push(l);
      }
    }
  }
  const polygons: Loop[][] = shells.map((s) => [s]);
  for (const hole of holes) {
    const owner = containingShell(shells, hole);
    if (owner >= 0) (polygons[owner] as Loop[]).push(hole);
  }
  return polygons.map((loops) => loops.map((l) => toLonLat(grid, l)));
}

/**
 * Follows unused boundary edges from `start` until it is back with nothing left to take; returns the vertices
 * where the direction changes. At a saddle (two ways out) it prefers a left turn, then straight, then right.
 */
function walk(out: Uint8Array, vw: number, start: number): number[] {
  const corners: number[] = [];
  let cur = start;
  let prev = -1;
  let first = -1;
  for (;;) {
    const bits = out[cur] as number;
    if (bits === 0) break;
    let d: number;
    if (prev < 0) d = lowestBit(bits);
    else if ((bits & (1 << ((prev + 1) & 3))) !== 0) d = (prev + 1) & 3;
    else if ((bits & (1 << prev)) !== 0) d = prev;
    else d = (prev + 3) & 3;
    if (first < 0) first = d;
    if (d !== prev) corners.push(cur);
    out[cur] = bits & ~(1 << d);
    cur += (STEP_X[d as 0] as number) + (STEP_Y[d as 0] as number) * vw;
    prev = d;
  }
  if (prev === first && corners.length > 0) corners.shift();
  return corners;
}

function lowestBit(bits: number): number {
  if (bits & 1) return 0;
  if (bits & 2) return 1;
  if (bits & 4) return 2;
  return 3;
}

/** Cuts a closed vertex sequence that passes a vertex twice (at saddles) into simple loops. */
function splitAtRepeats(corners: number[], seen: Map<number, number>): number[][] {
  seen.clear();
  const loops: number[][] = [];
  const stack: number[] = [];
  for (const v of corners) {
    const at = seen.get(v);
    if (at === undefined) {
      seen.set(v, stack.length);
      stack.push(v);
      continue;
    }
    const loop = stack.splice(at);
    for (const u of loop) seen.delete(u);
    loops.push(loop);
    seen.set(v, stack.length);
    stack.push(v);
  }
  if (stack.length > 0) loops.push(stack);
  return loops;
}

interface Loop {
  /** Vertex columns / rows, open (the first vertex is not repeated). */
  xs: Int32Array;
  ys: Int32Array;
  /** Twice the signed area in vertex units: positive counter-clockwise. */
  area2: number;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** A loop in grid vertex coordinates from window vertex numbers (window corner at col0, row0). */
function toLoop(vertices: number[], vw: number, col0: number, row0: number): Loop {
  const n = vertices.length;
  const xs = new Int32Array(n);
  const ys = new Int32Array(n);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let k = 0; k < n; k++) {
    const v = vertices[k] as number;
    const wx = v % vw;
    const x = wx + col0;
    const y = (v - wx) / vw + row0;
    xs[k] = x;
    ys[k] = y;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  let area2 = 0;
  for (let k = 0, j = n - 1; k < n; j = k++) {
    area2 += (xs[j] as number) * (ys[k] as number) - (xs[k] as number) * (ys[j] as number);
  }
  return { xs, ys, area2, minX, minY, maxX, maxY };
}

/**
 * The smallest shell around a hole. The probe is the centre of the outside cell next to the hole's first edge:
 * it is inside the hole, and half a cell off every grid line, so ray casting never meets a vertex.
 */
function containingShell(shells: Loop[], hole: Loop): number {
  const x0 = hole.xs[0] as number;
  const y0 = hole.ys[0] as number;
  const x1 = hole.xs[1] as number;
  const y1 = hole.ys[1] as number;
  // Holes run clockwise with the set on their left, so the outside cell is on the right of the first edge.
  const dx = Math.sign(x1 - x0);
  const dy = Math.sign(y1 - y0);
  const px = x0 + dx * 0.5 + dy * 0.5;
  const py = y0 + dy * 0.5 - dx * 0.5;
  let best = -1;
  let bestArea = Infinity;
  for (let k = 0; k < shells.length; k++) {
    const s = shells[k] as Loop;
    if (px < s.minX || px > s.maxX || py < s.minY || py > s.maxY || s.area2 >= bestArea) continue;
    if (contains(s, px, py)) {
      best = k;
      bestArea = s.area2;
    }
  }
  return best;
}

function contains(loop: Loop, px: number, py: number): boolean {
  const { xs, ys } = loop;
  let inside = false;
  for (let k = 0, j = xs.length - 1; k < xs.length; j = k++) {
    const yk = ys[k] as number;
    const yj = ys[j] as number;
    if (yk > py !== yj > py) {
      const x = (xs[k] as number) + ((py - yk) * ((xs[j] as number) - (xs[k] as number))) / (yj - yk);
      if (px < x) inside = !inside;
    }
  }
  return inside;
}

function toLonLat(grid: GridShape, loop: Loop): Position[] {
  const ring: Position[] = [];
  const n = loop.xs.length;
  for (let k = 0; k <= n; k++) {
    const i = k % n;
    const x = grid.x0 + (loop.xs[i] as number) * grid.cellSizeM;
    const y = grid.y0 + (loop.ys[i] as number) * grid.cellSizeM;
    ring.push([round(grid.lon0 + x / grid.mx), round(grid.lat0 + y / grid.my)]);
  }
  return ring;
}

function round(v: number): number {
  return Math.round(v * COORD_DIGITS) / COORD_DIGITS;
}
