import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { area, booleanPointInPolygon, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Position } from 'geojson';
import { DESA_POINTS, type DesaPointRow } from './desa_points_table.ts';
import { type Area, areaKm2, roundArea, unionAreas } from './geometry_utils.ts';
import { KABUPATEN, KECAMATAN } from './kecamatan_table.ts';
import { DATA_DIR } from './paths.ts';
import { distanceM, projectOnSegment } from './planar.ts';
import { sampleLine } from './road_network.ts';

export interface DesaRecord extends DesaPointRow {
  name: string;
  kecamatanCode: string;
  isKelurahan: boolean;
  postalCode: string | null;
}

/** How a desa's point was placed on its real polygon (see placeDesaPoints). */
export type PointRule = 'kept' | 'road' | 'surface';

export interface DesaArea extends DesaRecord {
  geometry: Feature<MultiPolygon>;
  areaKm2: number;
  pointRule: PointRule;
}

function readSource<T>(name: string): T {
  return JSON.parse(readFileSync(join(DATA_DIR, 'sources', name), 'utf8')) as T;
}

export function loadCoast(): Feature<MultiPolygon> {
  const f = readSource<FeatureCollection<MultiPolygon>>('bali_coast.geojson').features[0];
  if (!f) throw new Error('data/sources/bali_coast.geojson has no feature');
  return f;
}

/** OpenStreetMap's coastline ways (data/sources/osm_coastline.geojson): the shore for coastal hazard bands. */
export function loadCoastline(): Feature<LineString>[] {
  return readSource<FeatureCollection<LineString>>('osm_coastline.geojson').features;
}

type OsmDesa = Feature<MultiPolygon, { code: string; name: string; postalCode: string | null }>;

/** The real desa polygons (OpenStreetMap, simplified by cut_osm_sources.ts), by Kemendagri code. */
export function loadOsmDesa(): Map<string, OsmDesa> {
  const fc = readSource<FeatureCollection<MultiPolygon, OsmDesa['properties']>>('osm_desa.geojson');
  return new Map(fc.features.map((f) => [f.properties.code, f]));
}

/** Kemendagri names of the desa, joined to the hand-placed points. Kelurahan codes have 1xxx as last part. */
export function desaRecords(
  villages: { code: string; name: string; district_code: string }[],
  osm: Map<string, OsmDesa>,
): DesaRecord[] {
  const byCode = new Map(villages.map((v) => [v.code, v]));
  if (osm.size !== DESA_POINTS.length)
    throw new Error(`${osm.size} OSM desa for ${DESA_POINTS.length} points`);
  return DESA_POINTS.map((p) => {
    const v = byCode.get(p.code);
    if (!v) throw new Error(`idn-area-data has no village ${p.code}`);
    const o = osm.get(p.code);
    if (!o) throw new Error(`OpenStreetMap has no desa ${p.code}`);
    return {
      ...p,
      name: v.name,
      kecamatanCode: v.district_code,
      isKelurahan: /\.1\d{3}$/.test(p.code),
      postalCode: o.properties.postalCode,
    };
  });
}

/** Road samples this far apart are the candidates for a moved desa point. */
const ROAD_SAMPLE_M = 50;
/** A moved point keeps at least this distance from its desa's border when its roads allow. */
const INSET_M = 150;

function borderDistanceM(p: Position, area: Feature<MultiPolygon>): number {
  let best = Number.POSITIVE_INFINITY;
  for (const poly of area.geometry.coordinates)
    for (const ring of poly)
      for (let i = 0; i + 1 < ring.length; i++)
        best = Math.min(best, projectOnSegment(p, ring[i] ?? [], ring[i + 1] ?? []).d);
  return best;
}

/**
 * Puts each desa's point on its real polygon. A hand-placed point inside its desa is kept. Otherwise it moves to
 * the point of the given roads (the hand-drawn corridors, sampled every 50 m) inside the desa, at least 150 m
 * from its border if any is, that is closest to the hand-placed point; a desa no such road crosses gets Turf's
 * pointOnFeature of its polygon.
 */
export function placeDesaPoints(
  desa: DesaRecord[],
  osm: Map<string, OsmDesa>,
  roads: readonly (readonly Position[])[],
): DesaArea[] {
  const samples = roads.flatMap((r) => sampleLine(r, ROAD_SAMPLE_M));
  return desa.map((d) => {
    const o = osm.get(d.code);
    if (!o) throw new Error(`OpenStreetMap has no desa ${d.code}`);
    const geometry = roundArea(o);
    const base = { ...d, geometry, areaKm2: areaKm2(geometry) };
    const hand: Position = [d.lon, d.lat];
    if (booleanPointInPolygon(hand, geometry)) return { ...base, pointRule: 'kept' };
    const inside = samples
      .filter((s) => booleanPointInPolygon(s, geometry))
      .sort((a, b) => distanceM(a, hand) - distanceM(b, hand));
    const best = inside.find((s) => borderDistanceM(s, geometry) >= INSET_M) ?? inside[0] ?? null;
    const [lon, lat] = best ?? pointOnFeature(geometry).geometry.coordinates;
    return {
      ...base,
      lon: Math.round((lon ?? 0) * 1e5) / 1e5,
      lat: Math.round((lat ?? 0) * 1e5) / 1e5,
      pointRule: best ? 'road' : 'surface',
    };
  });
}

/**
 * A union leaves specks where two simplified desa borders almost meet at the coast; parts under this size are
 * dropped from kecamatan and kabupaten (they would touch the main polygon, which makes the MultiPolygon invalid).
 */
const MIN_UNION_PART_M2 = 1_000;

function dissolve(parts: Area[]): Feature<MultiPolygon> {
  const u = roundArea(unionAreas(parts));
  const keep = u.geometry.coordinates.filter(
    (p) => area({ type: 'Polygon', coordinates: p }) >= MIN_UNION_PART_M2,
  );
  return { ...u, geometry: { type: 'MultiPolygon', coordinates: keep } };
}

export function kecamatanArea(desa: DesaArea[], code: string): Feature<MultiPolygon> {
  return dissolve(desa.filter((d) => d.kecamatanCode === code).map((d) => d.geometry));
}

/** The kabupaten outline: the union of its desa (OpenStreetMap's kabupaten is that union too). */
export function kabupatenArea(desa: DesaArea[]): Feature<MultiPolygon> {
  return dissolve(desa.map((d) => d.geometry));
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
