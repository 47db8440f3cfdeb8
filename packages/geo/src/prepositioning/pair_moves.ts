import { cacheCount, moveCost, type PrepositioningProblem, typeCount } from './prepositioning_problem.ts';

/** Units of one item type taken from one cache to another. */
export interface Move {
  from: number;
  to: number;
  units: number;
}

/** How a holding of one item type is reached at least cost: the moves, the units bought, what it costs. */
export interface TypeChange {
  moves: Move[];
  /** bought[c]: units cache c buys. */
  bought: Int32Array;
  moved: number;
  boughtUnits: number;
  moveCost: number;
  buyCost: number;
}

/**
 * The cheapest way to reach `hold` for item type t from today's stock: the caches that give units up supply
 * the caches that gain, each unit either moved (its move price plus the per-km cost over the road between the
 * two caches) or bought, whichever is cheaper. A small transportation problem, solved exactly as a min-cost
 * flow (successive shortest paths with Bellman-Ford: a few dozen caches, integer units).
 *
 * @example pairMoves(problem, hold, 0).moves // [{ from: 3, to: 7, units: 2 }]
 */
export function pairMoves(p: PrepositioningProblem, hold: ArrayLike<number>, t: number): TypeChange {
  const T = typeCount(p);
  const C = cacheCount(p);
  const givers: { cache: number; units: number }[] = [];
  const takers: { cache: number; units: number }[] = [];
  for (let c = 0; c < C; c++) {
    const diff = (hold[c * T + t] as number) - (p.stock[c * T + t] as number);
    if (diff < 0) givers.push({ cache: c, units: -diff });
    else if (diff > 0) takers.push({ cache: c, units: diff });
  }
  const buy = p.buyPrice[t] as number;
  if (givers.length === 0 || takers.length === 0) {
    const bought = new Int32Array(C);
    let units = 0;
    for (const r of takers) {
      bought[r.cache] = r.units;
      units += r.units;
    }
    return { moves: [], bought, moved: 0, boughtUnits: units, moveCost: 0, buyCost: units * buy };
  }
  const G = givers.length;
  const R = takers.length;
  // Nodes: 0 source, 1..G givers, G+1..G+R takers, G+R+1 sink. Edge costs are savings against buying (<= 0).
  const n = G + R + 2;
  const sink = n - 1;
  const to: number[] = [];
  const cap: number[] = [];
  const cost: number[] = [];
  const out: number[][] = Array.from({ length: n }, () => []);
  const edge = (a: number, b: number, capacity: number, c: number) => {
    out[a]?.push(to.length);
    to.push(b);
    cap.push(capacity);
    cost.push(c);
    out[b]?.push(to.length);
    to.push(a);
    cap.push(0);
    cost.push(-c);
  };
  givers.forEach((g, i) => {
    edge(0, 1 + i, g.units, 0);
  });
  takers.forEach((r, j) => {
    edge(1 + G + j, sink, r.units, 0);
  });
  givers.forEach((g, i) => {
    takers.forEach((r, j) => {
      const c = pairCost(p, t, g.cache, r.cache);
      if (c < buy) edge(1 + i, 1 + G + j, Math.min(g.units, r.units), c - buy);
    });
  });
  const dist = new Float64Array(n);
  const via = new Int32Array(n);
  for (;;) {
    dist.fill(Infinity);
    via.fill(-1);
    dist[0] = 0;
    for (let round = 0; round < n; round++) {
      let changed = false;
      for (let a = 0; a < n; a++) {
        const da = dist[a] as number;
        if (da === Infinity) continue;
        for (const e of out[a] ?? []) {
          if ((cap[e] as number) <= 0) continue;
          const b = to[e] as number;
          const d = da + (cost[e] as number);
          if (d < (dist[b] as number) - 1e-9) {
            dist[b] = d;
            via[b] = e;
            changed = true;
          }
        }
      }
      if (!changed) break;
    }
    if (!((dist[sink] as number) < -1e-9)) break;
    let push = Infinity;
    for (let v = sink; v !== 0; v = to[(via[v] as number) ^ 1] as number) {
      push = Math.min(push, cap[via[v] as number] as number);
    }
    for (let v = sink; v !== 0; v = to[(via[v] as number) ^ 1] as number) {
      const e = via[v] as number;
      cap[e] = (cap[e] as number) - push;
      cap[e ^ 1] = (cap[e ^ 1] as number) + push;
    }
  }
  const moves: Move[] = [];
  const bought = new Int32Array(C);
  let moved = 0;
  let movePaid = 0;
  givers.forEach((g, i) => {
    for (const e of out[1 + i] ?? []) {
      const b = to[e] as number;
      if (b <= G || b === sink || e % 2 === 1) continue;
      const units = cap[e ^ 1] as number;
      if (units <= 0) continue;
      const r = takers[b - 1 - G] as { cache: number };
      moves.push({ from: g.cache, to: r.cache, units });
      moved += units;
      movePaid += units * pairCost(p, t, g.cache, r.cache);
    }
  });
  let boughtUnits = 0;
  for (const r of takers) {
    let received = 0;
    for (const m of moves) if (m.to === r.cache) received += m.units;
    bought[r.cache] = r.units - received;
    boughtUnits += r.units - received;
  }
  return { moves, bought, moved, boughtUnits, moveCost: movePaid, buyCost: boughtUnits * buy };
}

/** Cost of moving one unit of t from cache a to cache b: the move price plus the per-km cost by road. */
export function pairCost(p: PrepositioningProblem, t: number, a: number, b: number): number {
  const km = p.moveKm[a * cacheCount(p) + b] as number;
  return moveCost(p, t) + p.movePerKm * km;
}
