import { booleanPointInPolygon, featureCollection, point, tin } from '@turf/turf';
import type { Feature, MultiPolygon, Position } from 'geojson';
import type { DesaRecord } from './admin_areas.ts';
import { KECAMATAN } from './kecamatan_table.ts';
import { distanceM, M_PER_DEG_LAT, M_PER_DEG_LON, projectOnSegment } from './planar.ts';
import {
  addJoined,
  junction,
  lineLengthM,
  nearestOnNetwork,
  positionKey,
  type Road,
  sampleLine,
  shareNearNetwork,
} from './road_network.ts';
import { roundPositions } from './round.ts';

/** Neighbouring desa farther apart than this are not linked directly: the link would cross other desa. */
export const LOCAL_MAX_M = 6_000;
/** A link is a duplicate when this share of it already runs within DUPLICATE_NEAR_M of a road. */
const DUPLICATE_SHARE = 0.6;
const DUPLICATE_NEAR_M = 300;
/** Land test: every point this far apart along the link must be inside the kabupaten outline. */
const LAND_STEP_M = 50;
/** Altitude bands from the distance to the coast: Buleleng's plain is narrow and the slope steep behind it. */
const PLAIN_M = 2_500;
const UPLAND_M = 5_000;
/** Upland links longer than this wind up and down ravines: mapped as gravel tracks. */
const TRACK_ABOVE_M = 4_000;

/** The desa named like its kecamatan is its seat (ibu kota kecamatan); Kecamatan Buleleng's is the city. */
const SEAT_NAMES = new Set(KECAMATAN.map((k) => k.name));

/** Neighbouring desa: the edges of the Delaunay triangulation of the desa points (adjacent Voronoi cells). */
function neighbourPairs(desa: readonly DesaRecord[]): [DesaRecord, DesaRecord][] {
  const byKey = new Map(desa.map((d) => [positionKey([d.lon, d.lat]), d]));
  const triangles = tin(featureCollection(desa.map((d) => point([d.lon, d.lat]))));
  const pairs = new Map<string, [DesaRecord, DesaRecord]>();
  for (const t of triangles.features) {
    const ring = t.geometry.coordinates[0] ?? [];
    for (let i = 0; i < 3; i++) {
      const a = byKey.get(positionKey(ring[i] ?? []));
      const b = byKey.get(positionKey(ring[i + 1] ?? []));
      if (!a || !b) throw new Error('triangulation vertex is not a desa point');
      const [x, y] = a.code < b.code ? [a, b] : [b, a];
      pairs.set(`${x.code}|${y.code}`, [x, y]);
    }
  }
  return [...pairs.values()];
}

/** 32-bit FNV-1a: a stable pseudo-random number per link, so bends do not change between builds. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** The straight link with a mild bend: the middle vertex pushed sideways by 4-8 % of the length. */
function bent(a: Position, b: Position, seed: number, side: 1 | -1): Position[] {
  const dx = ((b[0] ?? 0) - (a[0] ?? 0)) * M_PER_DEG_LON;
  const dy = ((b[1] ?? 0) - (a[1] ?? 0)) * M_PER_DEG_LAT;
  const share = (0.04 + 0.04 * ((seed % 1000) / 1000)) * side * (seed & 0x10000 ? 1 : -1);
  const mid: Position = [
    ((a[0] ?? 0) + (b[0] ?? 0)) / 2 + (-dy * share) / M_PER_DEG_LON,
    ((a[1] ?? 0) + (b[1] ?? 0)) / 2 + (dx * share) / M_PER_DEG_LAT,
  ];
  return [a, roundPositions(mid), b];
}

function onLand(coords: readonly Position[], outline: Feature<MultiPolygon>): boolean {
  return sampleLine(coords, LAND_STEP_M).every((p) => booleanPointInPolygon(p, outline));
}

function coastDistanceM(p: Position, coast: Feature<MultiPolygon>): number {
  let best = Infinity;
  for (const poly of coast.geometry.coordinates) {
    const ring = poly[0] ?? [];
    for (let i = 0; i + 1 < ring.length; i++) {
      best = Math.min(best, projectOnSegment(p, ring[i] ?? [], ring[i + 1] ?? []).d);
    }
  }
  return best;
}

function tagsFor(
  a: DesaRecord,
  b: DesaRecord,
  lengthM: number,
  coast: Feature<MultiPolygon>,
): Record<string, string> {
  const name = `Jalan ${a.name} - ${b.name}`;
  if (SEAT_NAMES.has(a.name) || SEAT_NAMES.has(b.name)) {
    return { highway: 'tertiary', name, surface: 'asphalt', maxspeed: '40' };
  }
  const inland = Math.max(coastDistanceM([a.lon, a.lat], coast), coastDistanceM([b.lon, b.lat], coast));
  if (inland > UPLAND_M && lengthM > TRACK_ABOVE_M) {
    return { highway: 'track', name, surface: 'gravel', maxspeed: '20' };
  }
  return { highway: 'unclassified', name, surface: 'asphalt', maxspeed: inland <= PLAIN_M ? '40' : '30' };
}

/** The network vertex standing for a desa: its point when a road ends or passes there, else a new junction. */
function anchor(d: DesaRecord, roads: readonly Road[]): Position {
  const p: Position = [d.lon, d.lat];
  const near = nearestOnNetwork(p, roads);
  const vertex = distanceM(near.at, p) < 1 ? near.road.coords.find((v) => distanceM(v, p) < 1) : undefined;
  return vertex ?? junction(near.road, near.seg, near.at);
}

/**
 * Local roads between neighbouring desa, shortest first: a Delaunay edge of the desa points becomes a road when
 * it is at most LOCAL_MAX_M long, stays on land, and does not duplicate a road already there (most of it within
 * DUPLICATE_NEAR_M of the network). Both ends join the network, so connectivity is kept.
 */
export function addLocalRoads(
  roads: Road[],
  desa: readonly DesaRecord[],
  outline: Feature<MultiPolygon>,
  coast: Feature<MultiPolygon>,
): void {
  const pairs = neighbourPairs(desa)
    .map(([a, b]) => ({ a, b, m: distanceM([a.lon, a.lat], [b.lon, b.lat]) }))
    .filter((p) => p.m <= LOCAL_MAX_M)
    .sort(
      (x, y) =>
        x.m - y.m || (x.a.code < y.a.code ? -1 : x.a.code > y.a.code ? 1 : x.b.code < y.b.code ? -1 : 1),
    );
  for (const { a, b } of pairs) {
    const seed = hash(`${a.code}|${b.code}`);
    const pa: Position = [a.lon, a.lat];
    const pb: Position = [b.lon, b.lat];
    const shape = [bent(pa, pb, seed, 1), bent(pa, pb, seed, -1), [pa, pb]].find((c) => onLand(c, outline));
    if (!shape) continue;
    if (shareNearNetwork(shape, roads, DUPLICATE_NEAR_M) >= DUPLICATE_SHARE) continue;
    const coords = [anchor(a, roads), ...shape.slice(1, -1), anchor(b, roads)];
    const uniq = coords.filter((p, i) => i === 0 || positionKey(p) !== positionKey(coords[i - 1] ?? []));
    addJoined(roads, {
      key: `local-${a.code.slice(6).replace('.', '-')}-${b.code.slice(6).replace('.', '-')}`,
      tags: tagsFor(a, b, lineLengthM(uniq), coast),
      coords: uniq,
    });
  }
}
