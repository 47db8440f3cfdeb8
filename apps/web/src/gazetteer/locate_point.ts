import { metresPerDegree, pointInPolygon, pointSegmentDistance } from '@siaga/geo';
import type { AdminAreaFeature } from '@siaga/schema';

/**
 * How far outside the kabupaten outline a point may lie and still be routed: the API's study area
 * (apps/api/src/network/study_area.ts, STUDY_AREA_MARGIN_M) takes incidents on the border road or just offshore.
 */
export const STUDY_AREA_MARGIN_M = 2_000;

type BBox = [number, number, number, number];

interface IndexedArea {
  feature: AdminAreaFeature;
  bbox: BBox;
}

/** The admin areas prepared once per dataset load for point-in-polygon look-ups. */
export interface AdminIndex {
  desa: readonly IndexedArea[];
  kecamatan: ReadonlyMap<string, AdminAreaFeature>;
  kabupaten: readonly IndexedArea[];
}

/** Where a point lies: in a desa (and its kecamatan), at sea off the north coast, or on land outside Buleleng. */
export type Whereabouts =
  | { kind: 'desa'; desa: AdminAreaFeature; kecamatan: AdminAreaFeature | null }
  /** No desa: `distanceM` to the kabupaten outline; `inStudyArea` when within STUDY_AREA_MARGIN_M of it. */
  | { kind: 'sea' | 'outside'; distanceM: number; inStudyArea: boolean }
  /** The admin areas are not loaded (yet). */
  | { kind: 'unknown' };

function bboxOf(f: AdminAreaFeature): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of f.geometry.coordinates)
    for (const [x = 0, y = 0] of polygon[0] ?? []) {
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
  return box;
}

const indexed = (f: AdminAreaFeature): IndexedArea => ({ feature: f, bbox: bboxOf(f) });

export function adminIndex(
  desa: readonly AdminAreaFeature[],
  kecamatan: readonly AdminAreaFeature[],
  kabupaten: readonly AdminAreaFeature[],
): AdminIndex {
  return {
    desa: desa.map(indexed),
    kecamatan: new Map(kecamatan.map((k) => [k.properties.code, k])),
    kabupaten: kabupaten.map(indexed),
  };
}

function contains(a: IndexedArea, [x, y]: readonly [number, number]): boolean {
  const [w, s, e, n] = a.bbox;
  if (x < w || x > e || y < s || y > n) return false;
  return a.feature.geometry.coordinates.some((rings) => pointInPolygon(x, y, rings));
}

/** Metres from the point to the nearest edge of the area, in a local frame around the point. */
function distanceToOutline(area: AdminAreaFeature, [x, y]: readonly [number, number]): number {
  const k = metresPerDegree(y);
  let best = Infinity;
  for (const polygon of area.geometry.coordinates)
    for (const ring of polygon)
      for (let i = 1; i < ring.length; i++) {
        const [ax = 0, ay = 0] = ring[i - 1] ?? [];
        const [bx = 0, by = 0] = ring[i] ?? [];
        const d = pointSegmentDistance(0, 0, (ax - x) * k.x, (ay - y) * k.y, (bx - x) * k.x, (by - y) * k.y);
        best = Math.min(best, d);
      }
  return best;
}

/**
 * Whether the area lies due south of the point: Buleleng is Bali's north coast, so a point with the kabupaten
 * straight south of it is in the Bali Sea, while one beyond the southern border (or east or west of it) is on
 * other land.
 */
function southOf(area: AdminAreaFeature, [x, y]: readonly [number, number]): boolean {
  for (const polygon of area.geometry.coordinates)
    for (const ring of polygon)
      for (let i = 1; i < ring.length; i++) {
        const [ax = 0, ay = 0] = ring[i - 1] ?? [];
        const [bx = 0, by = 0] = ring[i] ?? [];
        if (ax > x === bx > x) continue;
        const crossing = ay + ((x - ax) / (bx - ax)) * (by - ay);
        if (crossing < y) return true;
      }
  return false;
}

/**
 * The desa and kecamatan of a point, or why it has none.
 *
 * @example locatePoint(index, [115.242, -8.158]) // { kind: 'desa', desa: Mengening, kecamatan: Kubutambahan }
 */
export function locatePoint(index: AdminIndex, point: readonly [number, number]): Whereabouts {
  const desa = index.desa.find((d) => contains(d, point))?.feature;
  if (desa) {
    return { kind: 'desa', desa, kecamatan: index.kecamatan.get(desa.properties.parentCode ?? '') ?? null };
  }
  if (index.kabupaten.length === 0) return { kind: 'unknown' };
  const distanceM = Math.min(...index.kabupaten.map((k) => distanceToOutline(k.feature, point)));
  const inside = index.kabupaten.some((k) => contains(k, point));
  const sea = !inside && index.kabupaten.some((k) => southOf(k.feature, point));
  return {
    kind: sea ? 'sea' : 'outside',
    distanceM: inside ? 0 : distanceM,
    inStudyArea: inside || distanceM <= STUDY_AREA_MARGIN_M,
  };
}
