import type { Position } from 'geojson';
import { M_PER_DEG_LAT, M_PER_DEG_LON } from './planar.ts';

/**
 * Douglas-Peucker on local planar metres (planar.ts). The first and last positions are always kept.
 */
export function simplifyLine(line: readonly Position[], toleranceM: number): Position[] {
  if (line.length <= 2) return [...line];
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[line.length - 1] = 1;
  const xy = line.map((p) => [(p[0] ?? 0) * M_PER_DEG_LON, (p[1] ?? 0) * M_PER_DEG_LAT] as const);
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length > 0) {
    const [a, b] = stack.pop() ?? [0, 0];
    const [ax, ay] = xy[a] ?? [0, 0];
    const [bx, by] = xy[b] ?? [0, 0];
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let worst = -1;
    let worstD = toleranceM;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = xy[i] ?? [0, 0];
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
      const d = Math.hypot(px - ax - t * dx, py - ay - t * dy);
      if (d > worstD) {
        worstD = d;
        worst = i;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  return line.filter((_, i) => keep[i] === 1);
}

const key = (p: Position): string => `${p[0]},${p[1]}`;

/**
 * Simplifies polygons that share their edges vertex for vertex (OpenStreetMap boundaries drawn from shared
 * ways), so that neighbours stay neighbours: a ring is cut at its junctions (vertices whose neighbours differ
 * between the rings that use them) into arcs, and each arc is simplified once, in one canonical direction,
 * for every ring that uses it. Rings without junctions (islands) keep their first vertex and the vertex
 * farthest from it. A ring left with fewer than 4 positions keeps its original positions. A polygon that
 * `valid` refuses (a simplified arc crossing another) gets all its arcs back unsimplified, on both sides of each
 * border, and the pass is repeated until every polygon is valid.
 */
export function simplifySharedRings(
  polygons: readonly Position[][][],
  toleranceM: number,
  valid: (polygon: Position[][]) => boolean,
): Position[][][] {
  const raw = new Set<string>();
  for (;;) {
    const used: Set<string>[] = [];
    const out = simplifyOnce(polygons, toleranceM, raw, used);
    let grew = false;
    out.forEach((poly, i) => {
      if (valid(poly)) return;
      for (const id of used[i] ?? []) {
        if (!raw.has(id)) grew = true;
        raw.add(id);
      }
    });
    if (!grew) return out;
  }
}

function simplifyOnce(
  polygons: readonly Position[][][],
  toleranceM: number,
  raw: ReadonlySet<string>,
  used: Set<string>[],
): Position[][][] {
  const neighbours = new Map<string, Set<string>>();
  for (const poly of polygons)
    for (const ring of poly)
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = key(ring[i] ?? []);
        const b = key(ring[i + 1] ?? []);
        if (!neighbours.has(a)) neighbours.set(a, new Set());
        if (!neighbours.has(b)) neighbours.set(b, new Set());
        neighbours.get(a)?.add(b);
        neighbours.get(b)?.add(a);
      }
  const isJunction = (p: Position): boolean => (neighbours.get(key(p))?.size ?? 0) !== 2;
  const arcs = new Map<string, Position[]>();
  const arc = (chain: Position[], ids: Set<string>): Position[] => {
    const fwd = chain.map(key).join(';');
    const rev = [...chain].reverse();
    const bwd = rev.map(key).join(';');
    const canonical = fwd <= bwd;
    const id = canonical ? fwd : bwd;
    ids.add(id);
    let done = arcs.get(id);
    if (!done) {
      done = raw.has(id) ? (canonical ? chain : rev) : simplifyLine(canonical ? chain : rev, toleranceM);
      arcs.set(id, done);
    }
    return canonical ? done : [...done].reverse();
  };
  return polygons.map((poly, p) => {
    const ids = new Set<string>();
    used[p] = ids;
    return poly.map((ring) => {
      const open = ring.slice(0, -1);
      const start = open.findIndex(isJunction);
      let out: Position[];
      if (start < 0) {
        const id = `ring:${open.map(key).join(';')}`;
        ids.add(id);
        if (raw.has(id)) return ring;
        const first = open[0] ?? [];
        let far = 0;
        let farD = -1;
        open.forEach((p, i) => {
          const d = Math.hypot(
            ((p[0] ?? 0) - (first[0] ?? 0)) * M_PER_DEG_LON,
            ((p[1] ?? 0) - (first[1] ?? 0)) * M_PER_DEG_LAT,
          );
          if (d > farD) {
            farD = d;
            far = i;
          }
        });
        const a = simplifyLine(open.slice(0, far + 1), toleranceM);
        const b = simplifyLine([...open.slice(far), first], toleranceM);
        out = [...a, ...b.slice(1)];
      } else {
        const rotated = [...open.slice(start), ...open.slice(0, start), open[start] ?? []];
        out = [rotated[0] ?? []];
        let from = 0;
        for (let i = 1; i < rotated.length; i++) {
          if (i === rotated.length - 1 || isJunction(rotated[i] ?? [])) {
            out.push(...arc(rotated.slice(from, i + 1), ids).slice(1));
            from = i;
          }
        }
      }
      return out.length >= 4 ? out : ring;
    });
  });
}
