import type { RoadGraph } from './graph/road_graph.ts';
import { segmentIndexOf } from './graph/segment_index.ts';
import { haversineM, metresPerDegree } from './measure/haversine.ts';
import { segmentFraction } from './measure/segment_projection.ts';

/** Where a point meets the network. */
export interface Snap {
  link: number;
  /** 0 at the link's first vertex, 1 at its last, by length. */
  fraction: number;
  point: [number, number];
  /** Straight-line metres from the point to `point`, covered at the profile's off-network speed. */
  offNetworkM: number;
  /**
   * Present (true) when a road nearer than this snap belongs to a small island of the network (a fragment or a
   * one-way trap not strongly connected to the main network), so the point was snapped farther away instead.
   */
  nearestIsIsland?: true;
}

/** A snap this close (metres along its link) to a link end is a snap to that node, with all its links. */
export const JUNCTION_SNAP_M = 1;

export interface SnapOptions {
  maxSnapM: number;
  /** Links a point may snap to (e.g. not closed, not barred for the profile); all when absent. */
  accept?: (link: number) => boolean;
}

/**
 * Snaps a point to the nearest segment by perpendicular projection, searching grid rings outward until no
 * closer segment can exist. Null when nothing acceptable lies within maxSnapM. Ties go to the lower segment.
 *
 * @example snapPoint(graph, [115.09, -8.11], { maxSnapM: 500 })
 */
export function snapPoint(g: RoadGraph, point: readonly number[], options: SnapOptions): Snap | null {
  const index = segmentIndexOf(g);
  const lon = point[0] ?? 0;
  const lat = point[1] ?? 0;
  const k = metresPerDegree(lat);
  const cellM = index.cellDeg * Math.min(k.x, k.y);
  const cx = Math.floor((lon - index.minLon) / index.cellDeg);
  const cy = Math.floor((lat - index.minLat) / index.cellDeg);
  // Rings that lie wholly outside the grid hold nothing; start at the first one that can touch it.
  const outside = Math.max(0, -cx, cx - (index.cols - 1), -cy, cy - (index.rows - 1));
  const maxRing = Math.max(index.cols, index.rows) + outside;
  // Plain loops, no callbacks: doubles captured and reassigned by a closure are boxed on every write, and that
  // garbage (one snap per facility per call) fed the young-generation collections behind the routing p99.
  let best = -1;
  let bestD2 = Infinity;
  let bestT = 0;
  for (let r = outside; r <= maxRing; r++) {
    if ((r - 1) * cellM > options.maxSnapM) break;
    for (let y = Math.max(0, cy - r); y <= Math.min(index.rows - 1, cy + r); y++) {
      // The ring's top and bottom rows are whole; between them only its left and right cells.
      const whole = y === cy - r || y === cy + r;
      const step = whole ? 1 : 2 * r;
      for (let x = whole ? Math.max(0, cx - r) : cx - r; x <= cx + r; x += step) {
        if (x < 0 || x >= index.cols) continue;
        const cell = y * index.cols + x;
        const end = index.cellStart[cell + 1] ?? 0;
        for (let i = index.cellStart[cell] ?? 0; i < end; i++) {
          const s = index.cellItems[i] ?? 0;
          if (options.accept && !options.accept(index.segLink[s] ?? 0)) continue;
          const v = index.segVertex[s] ?? 0;
          const ax = ((g.coords[2 * v] ?? 0) - lon) * k.x;
          const ay = ((g.coords[2 * v + 1] ?? 0) - lat) * k.y;
          const bx = ((g.coords[2 * v + 2] ?? 0) - lon) * k.x;
          const by = ((g.coords[2 * v + 3] ?? 0) - lat) * k.y;
          const t = segmentFraction(0, 0, ax, ay, bx, by);
          const px = ax + t * (bx - ax);
          const py = ay + t * (by - ay);
          const d2 = px * px + py * py;
          if (d2 < bestD2 || (d2 === bestD2 && s < best)) {
            best = s;
            bestD2 = d2;
            bestT = t;
          }
        }
      }
    }
    if (best >= 0 && Math.sqrt(bestD2) <= r * cellM) break;
  }
  if (best < 0) return null;
  const v = index.segVertex[best] ?? 0;
  const ax = g.coords[2 * v] ?? 0;
  const ay = g.coords[2 * v + 1] ?? 0;
  const snapped: [number, number] = [
    ax + bestT * ((g.coords[2 * v + 2] ?? 0) - ax),
    ay + bestT * ((g.coords[2 * v + 3] ?? 0) - ay),
  ];
  const offNetworkM = haversineM(lon, lat, snapped[0], snapped[1]);
  if (offNetworkM > options.maxSnapM) return null;
  const link = index.segLink[best] ?? 0;
  const linkLength = g.linkLengthM[link] ?? 0;
  const along = (index.segStartM[best] ?? 0) + bestT * (index.segLengthM[best] ?? 0);
  const fraction = linkLength > 0 ? Math.min(1, Math.max(0, along / linkLength)) : 0;
  return { link, fraction, point: snapped, offNetworkM };
}

/**
 * Moves a snap lying within `JUNCTION_SNAP_M` of its link's first or last vertex onto that node (fraction exactly 0
 * or 1, point = the node), so routing leaves and arrives through every link of the node rather than only along
 * the snapped one.
 *
 * @example atJunction(graph, snapPoint(graph, junction, { maxSnapM: 500 }))
 */
export function atJunction(g: RoadGraph, snap: Snap, point: readonly number[]): Snap {
  const lengthM = g.linkLengthM[snap.link] ?? 0;
  const fromStart = snap.fraction * lengthM;
  const toEnd = (1 - snap.fraction) * lengthM;
  if (fromStart > JUNCTION_SNAP_M && toEnd > JUNCTION_SNAP_M) return snap;
  const atStart = fromStart <= toEnd;
  const node = atStart ? (g.linkFrom[snap.link] ?? 0) : (g.linkTo[snap.link] ?? 0);
  const nodePoint: [number, number] = [g.nodeLon[node] ?? 0, g.nodeLat[node] ?? 0];
  return {
    ...snap,
    fraction: atStart ? 0 : 1,
    point: nodePoint,
    offNetworkM: haversineM(point[0] ?? 0, point[1] ?? 0, nodePoint[0], nodePoint[1]),
  };
}

/** The node a snap sits on (fraction exactly 0 or 1, see atJunction), or -1 when it lies inside its link. */
export function snapNode(g: RoadGraph, snap: Snap): number {
  if (snap.fraction === 0) return g.linkFrom[snap.link] ?? -1;
  if (snap.fraction === 1) return g.linkTo[snap.link] ?? -1;
  return -1;
}
