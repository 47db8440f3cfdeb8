import { type LandMask, landMaskOf, pointInPolygon, type StudyArea } from '@siaga/geo';
import type { AdminAreaFeature, BasemapFeature } from '@siaga/schema';
import { areaNames, storedStudyArea } from '../study_area/stored_study_area.ts';

type BBox = [number, number, number, number];

interface IndexedArea {
  feature: AdminAreaFeature;
  bbox: BBox;
}

/** The admin areas prepared once per dataset load for point-in-polygon look-ups. */
export interface AdminIndex {
  desa: readonly IndexedArea[];
  kecamatan: ReadonlyMap<string, AdminAreaFeature>;
  /** The API's study area of the loaded kabupaten (else roads), by @siaga/geo's one rule. */
  area: StudyArea | null;
  /** The stored kabupaten names, for the sentences that name the area. */
  areaNames: readonly string[];
  /** The basemap's stored land with the kabupaten; null while no land is loaded (then nothing is called sea). */
  land: LandMask | null;
}

/**
 * Where a point lies: in a desa (and its kecamatan); at sea, outside the kabupaten and every stored land polygon;
 * or on land outside every desa (also while no land is loaded, when sea and land cannot be told apart).
 */
export type Whereabouts =
  | { kind: 'desa'; desa: AdminAreaFeature; kecamatan: AdminAreaFeature | null }
  /**
   * No desa: `distanceM` to the kabupaten outline (or the roads' box); `inStudyArea` when the API's study area
   * holds it (within 2 km); `areaNames` the stored kabupaten.
   */
  | { kind: 'outside'; distanceM: number; inStudyArea: boolean; areaNames: readonly string[] }
  /** At sea: `distanceM` to the nearest stored coast; the rest as for `outside`. */
  | { kind: 'sea'; distanceM: number; inStudyArea: boolean; areaNames: readonly string[] }
  /** Neither admin areas nor roads are loaded (yet). */
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

/** The land polygons of the basemap (kind `land`) with the kabupaten's, or null when the basemap stores none. */
function landOf(basemap: readonly BasemapFeature[], kabupaten: readonly AdminAreaFeature[]): LandMask | null {
  const land = basemap.flatMap((f) =>
    f.properties.kind === 'land' && f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [],
  );
  if (land.length === 0) return null;
  return landMaskOf([...kabupaten.flatMap((k) => k.geometry.coordinates), ...land]);
}

export function adminIndex(
  desa: readonly AdminAreaFeature[],
  kecamatan: readonly AdminAreaFeature[],
  kabupaten: readonly AdminAreaFeature[],
  roadsExtent: BBox | null = null,
  basemap: readonly BasemapFeature[] = [],
): AdminIndex {
  return {
    desa: desa.map(indexed),
    kecamatan: new Map(kecamatan.map((k) => [k.properties.code, k])),
    area: storedStudyArea(kabupaten, roadsExtent),
    areaNames: areaNames(kabupaten),
    land: landOf(basemap, kabupaten),
  };
}

function contains(a: IndexedArea, [x, y]: readonly [number, number]): boolean {
  const [w, s, e, n] = a.bbox;
  if (x < w || x > e || y < s || y > n) return false;
  return a.feature.geometry.coordinates.some((rings) => pointInPolygon(x, y, rings));
}

/**
 * The desa and kecamatan of a point, or why it has none: at sea (outside every stored land polygon, the
 * kabupaten's included) or on land outside the desa.
 *
 * @example locatePoint(index, [115.242, -8.158]) // { kind: 'desa', desa: Mengening, kecamatan: Kubutambahan }
 * @example locatePoint(index, [115.1, -7.9]) // { kind: 'sea', distanceM: 21_000, ... } with the basemap's land
 */
export function locatePoint(index: AdminIndex, point: readonly [number, number]): Whereabouts {
  const desa = index.desa.find((d) => contains(d, point))?.feature;
  if (desa) {
    return { kind: 'desa', desa, kecamatan: index.kecamatan.get(desa.properties.parentCode ?? '') ?? null };
  }
  if (index.area === null) return { kind: 'unknown' };
  const inStudyArea = index.area.contains(point);
  const { land, areaNames } = index;
  if (land && !land.contains(point)) {
    return { kind: 'sea', distanceM: land.coastDistanceM(point), inStudyArea, areaNames };
  }
  return { kind: 'outside', distanceM: index.area.distanceM(point), inStudyArea, areaNames };
}
