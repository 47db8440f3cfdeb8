import { pointSegmentDistance, type RoadGraph } from '@siaga/geo';
import type { Position } from 'geojson';

/** Bridges of the undirected link graph: links whose closure splits the network (iterative Tarjan). */
export function bridges(g: RoadGraph): Set<number> {
  const n = g.nodeLon.length;
  const adj: number[][] = Array.from({ length: n }, () => []);
  for (let l = 0; l < g.linkFrom.length; l++) {
    adj[g.linkFrom[l] ?? 0]?.push(l);
    adj[g.linkTo[l] ?? 0]?.push(l);
  }
  const other = (l: number, v: number): number =>
    (g.linkFrom[l] ?? 0) === v ? (g.linkTo[l] ?? 0) : (g.linkFrom[l] ?? 0);
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const out = new Set<number>();
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    disc[root] = time;
    low[root] = time++;
    // A parallel link between the same two nodes is a second way, so only the link walked in is skipped.
    const stack: { v: number; via: number; i: number }[] = [{ v: root, via: -1, i: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (!top) break;
      const links = adj[top.v] ?? [];
      if (top.i < links.length) {
        const l = links[top.i++] ?? 0;
        if (l === top.via) continue;
        const w = other(l, top.v);
        if (disc[w] === -1) {
          disc[w] = time;
          low[w] = time++;
          stack.push({ v: w, via: l, i: 0 });
        } else low[top.v] = Math.min(low[top.v] ?? 0, disc[w] ?? 0);
        continue;
      }
      stack.pop();
      const parent = stack[stack.length - 1];
      if (!parent) continue;
      low[parent.v] = Math.min(low[parent.v] ?? 0, low[top.v] ?? 0);
      if ((low[top.v] ?? 0) > (disc[parent.v] ?? 0)) out.add(top.via);
    }
  }
  return out;
}

function nearestLink(g: RoadGraph, p: Position): number {
  let best = -1;
  let bestD = Infinity;
  for (let l = 0; l < g.linkFrom.length; l++) {
    for (let c = g.linkCoordStart[l] ?? 0; c + 1 < (g.linkCoordStart[l + 1] ?? 0); c++) {
      const d = pointSegmentDistance(
        p[0] ?? 0,
        p[1] ?? 0,
        g.coords[2 * c] ?? 0,
        g.coords[2 * c + 1] ?? 0,
        g.coords[2 * c + 2] ?? 0,
        g.coords[2 * c + 3] ?? 0,
      );
      if (d < bestD) {
        bestD = d;
        best = l;
      }
    }
  }
  return best;
}

/**
 * The points whose nearest road link hangs on a single way in: the link is a bridge, or lies in a part that a
 * bridge separates from the core (the largest part left once every bridge is closed). One closure anywhere on
 * that way cuts such a point off from the rest of the network.
 */
export function onSingleWayIn(g: RoadGraph, points: readonly Position[]): boolean[] {
  const cut = bridges(g);
  const parent = Int32Array.from({ length: g.nodeLon.length }, (_, i) => i);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] ?? r;
    parent[x] = r;
    return r;
  };
  for (let l = 0; l < g.linkFrom.length; l++) {
    if (!cut.has(l)) parent[find(g.linkFrom[l] ?? 0)] = find(g.linkTo[l] ?? 0);
  }
  const size = new Map<number, number>();
  for (let l = 0; l < g.linkFrom.length; l++) {
    const p = find(g.linkFrom[l] ?? 0);
    size.set(p, (size.get(p) ?? 0) + 1);
  }
  const core = [...size.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
  return points.map((p) => {
    const l = nearestLink(g, p);
    return cut.has(l) || find(g.linkFrom[l] ?? 0) !== core;
  });
}
