import { linkCount, nodeCount, type RoadGraph } from './road_graph.ts';

/** The strongly connected components of a graph for one profile's weights. */
export interface Components {
  /** Component of each node, 0..count-1. */
  component: Int32Array;
  /** Nodes in each component. */
  size: Int32Array;
  count: number;
  /** The component with the most nodes (the lowest id among equals); -1 for an empty graph. */
  largest: number;
}

/**
 * Strongly connected components over the edges a profile may drive (finite `edgeSeconds`), by Tarjan's
 * algorithm run iteratively on typed arrays: no recursion, so a 300,000-node chain cannot overflow the stack.
 * Two nodes share a component when each can be reached from the other.
 *
 * @example stronglyConnectedComponents(graph, weightsFor(graph, FIRE_ENGINE).edgeSeconds).largest
 */
export function stronglyConnectedComponents(g: RoadGraph, edgeSeconds: Float32Array): Components {
  const n = nodeCount(g);
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const component = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const callNode = new Int32Array(n);
  const callEdge = new Int32Array(n);
  const sizes: number[] = [];
  let stackTop = 0;
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    let depth = 0;
    callNode[0] = root;
    callEdge[0] = g.edgeOffsets[root] ?? 0;
    order[root] = low[root] = counter++;
    stack[stackTop++] = root;
    onStack[root] = 1;
    while (depth >= 0) {
      const u = callNode[depth] ?? 0;
      const e = callEdge[depth] ?? 0;
      if (e < (g.edgeOffsets[u + 1] ?? 0)) {
        callEdge[depth] = e + 1;
        if (!Number.isFinite(edgeSeconds[e] ?? Infinity)) continue;
        const v = g.edgeTarget[e] ?? 0;
        if (order[v] === -1) {
          order[v] = low[v] = counter++;
          stack[stackTop++] = v;
          onStack[v] = 1;
          depth++;
          callNode[depth] = v;
          callEdge[depth] = g.edgeOffsets[v] ?? 0;
        } else if (onStack[v] === 1) {
          low[u] = Math.min(low[u] ?? 0, order[v] ?? 0);
        }
        continue;
      }
      if (low[u] === order[u]) {
        const id = sizes.length;
        let size = 0;
        let w: number;
        do {
          w = stack[--stackTop] ?? 0;
          onStack[w] = 0;
          component[w] = id;
          size++;
        } while (w !== u);
        sizes.push(size);
      }
      depth--;
      if (depth >= 0) {
        const parent = callNode[depth] ?? 0;
        low[parent] = Math.min(low[parent] ?? 0, low[u] ?? 0);
      }
    }
  }
  let largest = -1;
  for (let c = 0; c < sizes.length; c++)
    if (largest < 0 || (sizes[c] ?? 0) > (sizes[largest] ?? 0)) largest = c;
  return { component, size: Int32Array.from(sizes), count: sizes.length, largest };
}

/**
 * 1 for each link both of whose nodes lie in the largest component (the main network a point should snap to),
 * 0 for the links of islands: fragments and one-way traps from which, or into which, the main network cannot
 * be driven.
 */
export function mainNetworkLinks(g: RoadGraph, c: Components): Uint8Array {
  const out = new Uint8Array(linkCount(g));
  for (let l = 0; l < out.length; l++) {
    const from = c.component[g.linkFrom[l] ?? 0];
    out[l] = from === c.largest && c.component[g.linkTo[l] ?? 0] === c.largest ? 1 : 0;
  }
  return out;
}

/** Components other than the largest that hold at least one drivable link, and the nodes in them. */
export interface IslandSummary {
  islands: number;
  islandNodes: number;
  mainNodes: number;
}

/** Counts the islands a profile's driver could be snapped onto: components with a usable link, except the main. */
export function summarizeIslands(g: RoadGraph, c: Components, linkSeconds: Float32Array): IslandSummary {
  const hasLink = new Uint8Array(c.count);
  for (let l = 0; l < linkSeconds.length; l++) {
    if (!Number.isFinite(linkSeconds[l] ?? Infinity)) continue;
    hasLink[c.component[g.linkFrom[l] ?? 0] ?? 0] = 1;
    hasLink[c.component[g.linkTo[l] ?? 0] ?? 0] = 1;
  }
  let islands = 0;
  let islandNodes = 0;
  for (let id = 0; id < c.count; id++) {
    if (id === c.largest || hasLink[id] === 0) continue;
    islands++;
    islandNodes += c.size[id] ?? 0;
  }
  return { islands, islandNodes, mainNodes: c.largest >= 0 ? (c.size[c.largest] ?? 0) : 0 };
}
