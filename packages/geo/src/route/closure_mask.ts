import type { RoadGraph } from '../graph/road_graph.ts';
import { type Closure, closedLinkMask } from './closures.ts';

/** Closures as GeoJSON, or a mask already computed with closedLinkMask (reuse it across many calls). */
export interface ClosureOptions {
  closures?: readonly Closure[];
  closedLinks?: Uint8Array;
}

export function resolveClosedLinks(g: RoadGraph, o: ClosureOptions): Uint8Array | null {
  if (o.closedLinks !== undefined) return o.closedLinks;
  return o.closures !== undefined && o.closures.length > 0 ? closedLinkMask(g, o.closures) : null;
}
