import { haversineM } from '../measure/haversine.ts';
import { linkCount, type RoadGraph } from './road_graph.ts';

/**
 * A uniform grid over every segment of every link (CSR: `cellStart`, `cellItems`), sized for a few segments per
 * cell. A segment is listed in every cell its bounding box touches.
 */
export interface SegmentIndex {
  minLon: number;
  minLat: number;
  cellDeg: number;
  cols: number;
  rows: number;
  cellStart: Int32Array;
  cellItems: Int32Array;
  /** Link of segment s, and index in graph.coords of its first vertex. */
  segLink: Int32Array;
  segVertex: Int32Array;
  /** Metres along the link where segment s starts, and its length. */
  segStartM: Float64Array;
  segLengthM: Float64Array;
}

const cache = new WeakMap<RoadGraph, SegmentIndex>();

/** The graph's segment index, built on first use and remembered for the graph object. */
export function segmentIndexOf(g: RoadGraph): SegmentIndex {
  let index = cache.get(g);
  if (index === undefined) {
    index = buildSegmentIndex(g);
    cache.set(g, index);
  }
  return index;
}

export function buildSegmentIndex(g: RoadGraph): SegmentIndex {
  const links = linkCount(g);
  const segments = (g.linkCoordStart[links] ?? 0) - links;
  const segLink = new Int32Array(segments);
  const segVertex = new Int32Array(segments);
  const segStartM = new Float64Array(segments);
  const segLengthM = new Float64Array(segments);
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  let s = 0;
  const c = g.coords;
  for (let l = 0; l < links; l++) {
    let along = 0;
    const end = (g.linkCoordStart[l + 1] ?? 0) - 1;
    for (let v = g.linkCoordStart[l] ?? 0; v < end; v++) {
      const len = haversineM(c[2 * v] ?? 0, c[2 * v + 1] ?? 0, c[2 * v + 2] ?? 0, c[2 * v + 3] ?? 0);
      segLink[s] = l;
      segVertex[s] = v;
      segStartM[s] = along;
      segLengthM[s] = len;
      along += len;
      s++;
    }
  }
  for (let i = 0; i < c.length; i += 2) {
    const lon = c[i] ?? 0;
    const lat = c[i + 1] ?? 0;
    if (lon < minLon) minLon = lon;
    if (lon > maxLon) maxLon = lon;
    if (lat < minLat) minLat = lat;
    if (lat > maxLat) maxLat = lat;
  }
  if (segments === 0) {
    minLon = 0;
    minLat = 0;
    maxLon = 0;
    maxLat = 0;
  }
  const area = Math.max((maxLon - minLon) * (maxLat - minLat), 1e-8);
  const cellDeg = Math.min(0.05, Math.max(2e-4, Math.sqrt((area * 4) / Math.max(segments, 1))));
  const cols = Math.max(1, Math.ceil((maxLon - minLon) / cellDeg) + 1);
  const rows = Math.max(1, Math.ceil((maxLat - minLat) / cellDeg) + 1);
  const counts = new Int32Array(cols * rows + 1);
  const visit = (seg: number, f: (cell: number) => void): void => {
    const v = segVertex[seg] ?? 0;
    const x0 = Math.floor((Math.min(c[2 * v] ?? 0, c[2 * v + 2] ?? 0) - minLon) / cellDeg);
    const x1 = Math.floor((Math.max(c[2 * v] ?? 0, c[2 * v + 2] ?? 0) - minLon) / cellDeg);
    const y0 = Math.floor((Math.min(c[2 * v + 1] ?? 0, c[2 * v + 3] ?? 0) - minLat) / cellDeg);
    const y1 = Math.floor((Math.max(c[2 * v + 1] ?? 0, c[2 * v + 3] ?? 0) - minLat) / cellDeg);
    for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) f(y * cols + x);
  };
  for (let i = 0; i < segments; i++) visit(i, (cell) => (counts[cell + 1] = (counts[cell + 1] ?? 0) + 1));
  for (let i = 0; i < cols * rows; i++) counts[i + 1] = (counts[i + 1] ?? 0) + (counts[i] ?? 0);
  const cellItems = new Int32Array(counts[cols * rows] ?? 0);
  const cursor = counts.slice(0, cols * rows);
  for (let i = 0; i < segments; i++) {
    visit(i, (cell) => {
      const at = cursor[cell] ?? 0;
      cellItems[at] = i;
      cursor[cell] = at + 1;
    });
  }
  return {
    minLon,
    minLat,
    cellDeg,
    cols,
    rows,
    cellStart: counts,
    cellItems,
    segLink,
    segVertex,
    segStartM,
    segLengthM,
  };
}

/** Calls `f` for each segment listed in the cells that overlap the bbox (a segment may come more than once). */
export function forEachSegmentInBox(
  index: SegmentIndex,
  minLon: number,
  minLat: number,
  maxLon: number,
  maxLat: number,
  f: (segment: number) => void,
): void {
  const x0 = Math.max(0, Math.floor((minLon - index.minLon) / index.cellDeg));
  const x1 = Math.min(index.cols - 1, Math.floor((maxLon - index.minLon) / index.cellDeg));
  const y0 = Math.max(0, Math.floor((minLat - index.minLat) / index.cellDeg));
  const y1 = Math.min(index.rows - 1, Math.floor((maxLat - index.minLat) / index.cellDeg));
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const cell = y * index.cols + x;
      const end = index.cellStart[cell + 1] ?? 0;
      for (let i = index.cellStart[cell] ?? 0; i < end; i++) f(index.cellItems[i] ?? 0);
    }
  }
}
