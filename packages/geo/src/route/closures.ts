import { linkCount, type RoadGraph } from '../graph/road_graph.ts';
import { forEachSegmentInBox, segmentIndexOf } from '../graph/segment_index.ts';
import { metresPerDegree } from '../measure/haversine.ts';
import { pointInPolygon } from '../measure/point_in_polygon.ts';
import { pointSegmentDistance } from '../measure/segment_projection.ts';

type Pos = readonly number[];

/** Closure geometries (a landslide point, a blocked stretch, a flooded area), bare or wrapped in features. */
export type ClosureGeometry =
  | { type: 'Point'; coordinates: Pos }
  | { type: 'MultiPoint'; coordinates: readonly Pos[] }
  | { type: 'LineString'; coordinates: readonly Pos[] }
  | { type: 'MultiLineString'; coordinates: readonly (readonly Pos[])[] }
  | { type: 'Polygon'; coordinates: readonly (readonly Pos[])[] }
  | { type: 'MultiPolygon'; coordinates: readonly (readonly (readonly Pos[])[])[] };

export type Closure =
  | ClosureGeometry
  | { type: 'Feature'; geometry: ClosureGeometry | null }
  | { type: 'FeatureCollection'; features: readonly { type: 'Feature'; geometry: ClosureGeometry | null }[] };

/** A point closure blocks every road within this many metres (a landslide covers the carriageway and verge). */
export const POINT_CLOSURE_RADIUS_M = 25;
/** Lines closing roads are drawn by hand on a map: they close roads they cross or pass within this distance of. */
export const LINE_CLOSURE_TOLERANCE_M = 2;

/**
 * A mask over links, 1 = closed, for the given closures. An edge is closed when its link's geometry intersects a
 * closure (points within POINT_CLOSURE_RADIUS_M). The graph is never changed.
 */
export function closedLinkMask(g: RoadGraph, closures: readonly Closure[]): Uint8Array {
  const mask = new Uint8Array(linkCount(g));
  const index = segmentIndexOf(g);
  for (const geometry of closures.flatMap(geometriesOf)) {
    const { parts, radiusM } = shapeOf(geometry);
    for (const part of parts) {
      let minLon = Infinity;
      let minLat = Infinity;
      let maxLon = -Infinity;
      let maxLat = -Infinity;
      for (const ring of part.rings) {
        for (const p of ring) {
          minLon = Math.min(minLon, p[0] ?? 0);
          maxLon = Math.max(maxLon, p[0] ?? 0);
          minLat = Math.min(minLat, p[1] ?? 0);
          maxLat = Math.max(maxLat, p[1] ?? 0);
        }
      }
      const lat0 = (minLat + maxLat) / 2;
      const lon0 = (minLon + maxLon) / 2;
      const k = metresPerDegree(lat0);
      const padLon = radiusM / k.x;
      const padLat = radiusM / k.y;
      const local = part.rings.map((ring) =>
        ring.map((p) => [((p[0] ?? 0) - lon0) * k.x, ((p[1] ?? 0) - lat0) * k.y]),
      );
      forEachSegmentInBox(index, minLon - padLon, minLat - padLat, maxLon + padLon, maxLat + padLat, (s) => {
        const link = index.segLink[s] ?? 0;
        if (mask[link] === 1) return;
        const v = index.segVertex[s] ?? 0;
        const ax = ((g.coords[2 * v] ?? 0) - lon0) * k.x;
        const ay = ((g.coords[2 * v + 1] ?? 0) - lat0) * k.y;
        const bx = ((g.coords[2 * v + 2] ?? 0) - lon0) * k.x;
        const by = ((g.coords[2 * v + 3] ?? 0) - lat0) * k.y;
        if (segmentHits(ax, ay, bx, by, local, part.area, radiusM)) mask[link] = 1;
      });
    }
  }
  return mask;
}

interface Part {
  rings: readonly (readonly Pos[])[];
  area: boolean;
}

function geometriesOf(c: Closure): ClosureGeometry[] {
  switch (c.type) {
    case 'Feature':
      return c.geometry ? [c.geometry] : [];
    case 'FeatureCollection':
      return c.features.flatMap((f) => (f.geometry ? [f.geometry] : []));
    default:
      return [c];
  }
}

function shapeOf(g: ClosureGeometry): { parts: Part[]; radiusM: number } {
  switch (g.type) {
    case 'Point':
      return { parts: [{ rings: [[g.coordinates]], area: false }], radiusM: POINT_CLOSURE_RADIUS_M };
    case 'MultiPoint':
      return {
        parts: g.coordinates.map((p) => ({ rings: [[p]], area: false })),
        radiusM: POINT_CLOSURE_RADIUS_M,
      };
    case 'LineString':
      return { parts: [{ rings: [g.coordinates], area: false }], radiusM: LINE_CLOSURE_TOLERANCE_M };
    case 'MultiLineString':
      return {
        parts: g.coordinates.map((l) => ({ rings: [l], area: false })),
        radiusM: LINE_CLOSURE_TOLERANCE_M,
      };
    case 'Polygon':
      return { parts: [{ rings: g.coordinates, area: true }], radiusM: 0 };
    case 'MultiPolygon':
      return { parts: g.coordinates.map((rings) => ({ rings, area: true })), radiusM: 0 };
    default:
      return g satisfies never;
  }
}

/** Does segment a-b come within radius of the rings' lines or points, or (for an area) lie inside it? */
function segmentHits(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  rings: readonly (readonly number[])[][],
  area: boolean,
  radiusM: number,
): boolean {
  for (const ring of rings) {
    if (ring.length === 1) {
      const p = ring[0] ?? [0, 0];
      if (pointSegmentDistance(p[0] ?? 0, p[1] ?? 0, ax, ay, bx, by) <= radiusM) return true;
      continue;
    }
    for (let i = 1; i < ring.length; i++) {
      const p = ring[i - 1] ?? [0, 0];
      const q = ring[i] ?? [0, 0];
      if (segmentsDistance(ax, ay, bx, by, p[0] ?? 0, p[1] ?? 0, q[0] ?? 0, q[1] ?? 0) <= radiusM)
        return true;
    }
  }
  return area && pointInPolygon(ax, ay, rings);
}

function segmentsDistance(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): number {
  const o1 = orient(ax, ay, bx, by, cx, cy);
  const o2 = orient(ax, ay, bx, by, dx, dy);
  const o3 = orient(cx, cy, dx, dy, ax, ay);
  const o4 = orient(cx, cy, dx, dy, bx, by);
  if (((o1 > 0 && o2 < 0) || (o1 < 0 && o2 > 0)) && ((o3 > 0 && o4 < 0) || (o3 < 0 && o4 > 0))) return 0;
  return Math.min(
    pointSegmentDistance(ax, ay, cx, cy, dx, dy),
    pointSegmentDistance(bx, by, cx, cy, dx, dy),
    pointSegmentDistance(cx, cy, ax, ay, bx, by),
    pointSegmentDistance(dx, dy, ax, ay, bx, by),
  );
}

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}
