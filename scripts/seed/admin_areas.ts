import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon, point, voronoi } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { DESA_POINTS, type DesaPointRow } from './desa_points_table.ts';
import { type Area, areaKm2, intersectAreas, roundArea, unionAreas } from './geometry_utils.ts';
import { KABUPATEN, KECAMATAN } from './kecamatan_table.ts';
import { DATA_DIR } from './paths.ts';
import { NORTH_SEA_LAT, SOUTHERN_BOUNDARY } from './southern_boundary.ts';

export interface DesaRecord extends DesaPointRow {
  name: string;
  kecamatanCode: string;
  isKelurahan: boolean;
}

export interface DesaArea extends DesaRecord {
  geometry: Feature<MultiPolygon>;
  areaKm2: number;
}

export function loadCoast(): Feature<MultiPolygon> {
  const fc = JSON.parse(
    readFileSync(join(DATA_DIR, 'sources', 'bali_coast.geojson'), 'utf8'),
  ) as FeatureCollection<MultiPolygon>;
  const f = fc.features[0];
  if (!f) throw new Error('data/sources/bali_coast.geojson has no feature');
  return f;
}

/** Bali's land north of the hand-drawn southern boundary: the real coastline on three sides. */
export function kabupatenOutline(coast: Feature<MultiPolygon>): Feature<MultiPolygon> {
  const ring = [...SOUTHERN_BOUNDARY];
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last) throw new Error('empty southern boundary');
  const north: Feature<Polygon> = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [[...ring, [last[0] ?? 0, NORTH_SEA_LAT], [first[0] ?? 0, NORTH_SEA_LAT], first]],
    },
  };
  const cut = intersectAreas(coast, north);
  if (!cut) throw new Error('the southern boundary does not cut the coast polygon');
  return roundArea(cut);
}

/** Kemendagri names of the desa, joined to the hand-placed points. Kelurahan codes have 1xxx as last part. */
export function desaRecords(villages: { code: string; name: string; district_code: string }[]): DesaRecord[] {
  const byCode = new Map(villages.map((v) => [v.code, v]));
  return DESA_POINTS.map((p) => {
    const v = byCode.get(p.code);
    if (!v) throw new Error(`idn-area-data has no village ${p.code}`);
    return { ...p, name: v.name, kecamatanCode: v.district_code, isKelurahan: /\.1\d{3}$/.test(p.code) };
  });
}

/**
 * Approximate desa boundaries: the Voronoi cell of each desa point clipped to the kabupaten outline. Cells of
 * one Voronoi diagram share their edges exactly, so desa tile the kabupaten and dissolve into kecamatan cleanly.
 */
export function desaAreas(desa: DesaRecord[], outline: Feature<MultiPolygon>): DesaArea[] {
  const pts: FeatureCollection<Point> = {
    type: 'FeatureCollection',
    features: desa.map((d) => point([d.lon, d.lat])),
  };
  const cells = voronoi(pts, { bbox: [114.2, -8.6, 115.7, -7.8] });
  return desa.map((d, i) => {
    const cell = cells.features[i];
    if (!cell) throw new Error(`no Voronoi cell for ${d.code}`);
    const clipped = intersectAreas(roundArea(cell), outline);
    if (!clipped) throw new Error(`Voronoi cell of ${d.code} lies outside the kabupaten`);
    const geometry = roundArea(clipped);
    if (!booleanPointInPolygon([d.lon, d.lat], geometry)) throw new Error(`${d.code} point is not on land`);
    return { ...d, geometry, areaKm2: areaKm2(geometry) };
  });
}

export function kecamatanArea(desa: DesaArea[], code: string): Feature<MultiPolygon> {
  const parts: Area[] = desa.filter((d) => d.kecamatanCode === code).map((d) => d.geometry);
  return roundArea(unionAreas(parts));
}

/**
 * Splits a kecamatan's SP2020 population over its desa. Weight = sqrt(min(area km², 15)) × 3 for a kelurahan
 * (urban density) × 1.5 for a coastal desa (the coast road is where people live). The cap keeps forest and dry
 * hills (West Bali National Park in Sumberklampok) from drawing people. Largest remainder keeps the sum exact.
 */
const POPULATION_AREA_CAP_KM2 = 15;

export function splitPopulation(desa: DesaArea[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const k of KECAMATAN) {
    const members = desa.filter((d) => d.kecamatanCode === k.code);
    const weights = members.map(
      (d) =>
        Math.sqrt(Math.min(d.areaKm2, POPULATION_AREA_CAP_KM2)) *
        (d.isKelurahan ? 3 : 1) *
        (d.coastal ? 1.5 : 1),
    );
    const total = weights.reduce((s, w) => s + w, 0);
    const exact = weights.map((w) => (k.populationSp2020 * w) / total);
    const floors = exact.map(Math.floor);
    let left = k.populationSp2020 - floors.reduce((s, v) => s + v, 0);
    const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
    for (const { i } of order) {
      if (left <= 0) break;
      floors[i] = (floors[i] ?? 0) + 1;
      left -= 1;
    }
    members.forEach((d, i) => {
      out.set(d.code, floors[i] ?? 0);
    });
  }
  return out;
}

export { KABUPATEN };
