import type { Position } from '@siaga/schema';

interface Segment {
  ax: number;
  ay: number;
  bx: number;
  by: number;
  polygon: number;
  ring: number;
  index: number;
  ringLength: number;
}

/**
 * What makes MultiPolygon coordinates invalid in the OGC simple-features sense, as messages (empty when valid):
 * open or short rings, repeated points, wrong winding (RFC 7946: shells counter-clockwise, holes clockwise),
 * rings that touch or cross themselves, rings that cross or overlap each other, holes outside their shell,
 * polygons inside one another. Rings of one polygon, or two polygons, may touch at single points.
 *
 * @example polygonProblems([[[[0, 0], [1, 0], [1, 1], [0, 0]]]]) // []
 */
export function polygonProblems(polygons: readonly (readonly (readonly Position[])[])[]): string[] {
  const problems: string[] = [];
  const segments: Segment[] = [];
  let broken = false;
  polygons.forEach((rings, p) => {
    if (rings.length === 0) problems.push(`polygon ${p} has no ring`);
    rings.forEach((ring, r) => {
      const where = `polygon ${p} ring ${r}`;
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (ring.length < 4) {
        problems.push(`${where} has ${ring.length} positions`);
        broken = true;
      }
      if (first === undefined || last === undefined || first[0] !== last[0] || first[1] !== last[1]) {
        problems.push(`${where} is not closed`);
        broken = true;
        return;
      }
      const area = signedArea(ring);
      if (r === 0 && area <= 0) problems.push(`${where} (shell) is not counter-clockwise`);
      if (r > 0 && area >= 0) problems.push(`${where} (hole) is not clockwise`);
      for (let k = 0; k + 1 < ring.length; k++) {
        const a = ring[k] as Position;
        const b = ring[k + 1] as Position;
        if (a[0] === b[0] && a[1] === b[1]) problems.push(`${where} repeats position ${k}`);
        segments.push({
          ax: a[0],
          ay: a[1],
          bx: b[0],
          by: b[1],
          polygon: p,
          ring: r,
          index: k,
          ringLength: ring.length - 1,
        });
      }
    });
  });
  if (broken) return problems;
  crossings(segments, problems);
  containment(polygons, problems);
  return problems;
}

function crossings(segments: Segment[], problems: string[]): void {
  segments.sort((s, t) => Math.min(s.ax, s.bx) - Math.min(t.ax, t.bx));
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] as Segment;
    const sMaxX = Math.max(s.ax, s.bx);
    const sMinY = Math.min(s.ay, s.by);
    const sMaxY = Math.max(s.ay, s.by);
    for (let j = i + 1; j < segments.length; j++) {
      const t = segments[j] as Segment;
      if (Math.min(t.ax, t.bx) > sMaxX) break;
      if (Math.min(t.ay, t.by) > sMaxY || Math.max(t.ay, t.by) < sMinY) continue;
      const kind = meet(s, t);
      if (kind === 'none') continue;
      const sameRing = s.polygon === t.polygon && s.ring === t.ring;
      const adjacent =
        sameRing && (Math.abs(s.index - t.index) === 1 || Math.abs(s.index - t.index) === s.ringLength - 1);
      const where = `polygon ${s.polygon} ring ${s.ring} segment ${s.index} and polygon ${t.polygon} ring ${t.ring} segment ${t.index}`;
      if (kind === 'cross' || kind === 'overlap')
        problems.push(`${where} ${kind === 'cross' ? 'cross' : 'overlap'}`);
      else if (sameRing && !adjacent) problems.push(`${where} touch (self-touching ring)`);
    }
  }
}

type Meet = 'none' | 'touch' | 'cross' | 'overlap';

function meet(s: Segment, t: Segment): Meet {
  const o1 = orient(s.ax, s.ay, s.bx, s.by, t.ax, t.ay);
  const o2 = orient(s.ax, s.ay, s.bx, s.by, t.bx, t.by);
  const o3 = orient(t.ax, t.ay, t.bx, t.by, s.ax, s.ay);
  const o4 = orient(t.ax, t.ay, t.bx, t.by, s.bx, s.by);
  if (o1 === 0 && o2 === 0) {
    // Collinear: overlap when the projections share more than a point.
    const horizontal = Math.abs(s.bx - s.ax) >= Math.abs(s.by - s.ay);
    const [s0, s1] = horizontal ? minMax(s.ax, s.bx) : minMax(s.ay, s.by);
    const [t0, t1] = horizontal ? minMax(t.ax, t.bx) : minMax(t.ay, t.by);
    const lo = Math.max(s0, t0);
    const hi = Math.min(s1, t1);
    if (hi > lo) return 'overlap';
    return hi === lo ? 'touch' : 'none';
  }
  if (o1 * o2 < 0 && o3 * o4 < 0) return 'cross';
  if (o1 === 0 && onSegment(s, t.ax, t.ay)) return 'touch';
  if (o2 === 0 && onSegment(s, t.bx, t.by)) return 'touch';
  if (o3 === 0 && onSegment(t, s.ax, s.ay)) return 'touch';
  if (o4 === 0 && onSegment(t, s.bx, s.by)) return 'touch';
  return 'none';
}

function minMax(a: number, b: number): [number, number] {
  return a < b ? [a, b] : [b, a];
}

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
}

function onSegment(s: Segment, x: number, y: number): boolean {
  return (
    x >= Math.min(s.ax, s.bx) &&
    x <= Math.max(s.ax, s.bx) &&
    y >= Math.min(s.ay, s.by) &&
    y <= Math.max(s.ay, s.by)
  );
}

/** Holes inside their shell, and no polygon's shell inside another polygon's area. */
function containment(polygons: readonly (readonly (readonly Position[])[])[], problems: string[]): void {
  polygons.forEach((rings, p) => {
    const shell = rings[0] as readonly Position[];
    for (let r = 1; r < rings.length; r++) {
      const probe = midpoint(rings[r] as readonly Position[]);
      if (!inRing(shell, probe)) problems.push(`polygon ${p} ring ${r} (hole) is outside its shell`);
    }
    const probe = midpoint(shell);
    polygons.forEach((other, q) => {
      if (q === p) return;
      if (!inRing(other[0] as readonly Position[], probe)) return;
      if (other.slice(1).some((hole) => inRing(hole, probe))) return;
      problems.push(`polygon ${p} lies inside polygon ${q}`);
    });
  });
}

/** The midpoint of a ring's first segment: on that ring, and (for valid input) on no other ring. */
function midpoint(ring: readonly Position[]): [number, number] {
  const a = ring[0] as Position;
  const b = ring[1] as Position;
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
}

function inRing(ring: readonly Position[], [px, py]: [number, number]): boolean {
  let inside = false;
  for (let k = 0, j = ring.length - 1; k < ring.length; j = k++) {
    const a = ring[k] as Position;
    const b = ring[j] as Position;
    if (a[1] > py !== b[1] > py && px < a[0] + ((py - a[1]) * (b[0] - a[0])) / (b[1] - a[1]))
      inside = !inside;
  }
  return inside;
}

function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let k = 0; k + 1 < ring.length; k++) {
    const a = ring[k] as Position;
    const b = ring[k + 1] as Position;
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum / 2;
}
