import type {
  AdminAreaFeature,
  BasemapFeature,
  BBox,
  CacheFeature,
  PostFeature,
  RoadFeature,
} from '@siaga/schema';
import { areaLabelPoint } from '../map/label_point.ts';
import { KNOWN_PLACES, type KnownPlace } from './known_places.ts';
import { type AdminIndex, adminIndex } from './locate_point.ts';
import { normalizeName, stripPrefix } from './normalize_name.ts';
import type { LonLat } from './parse_coordinates.ts';

export type PlaceKind = 'desa' | 'kelurahan' | 'kecamatan' | 'place' | 'post' | 'cache' | 'road';

/** Ties between equally good matches go to the kind listed first. */
export const KIND_ORDER: readonly PlaceKind[] = [
  'desa',
  'kelurahan',
  'place',
  'kecamatan',
  'post',
  'cache',
  'road',
];

/** One searchable name with its point and, where known, its desa. */
export interface GazetteerEntry {
  kind: PlaceKind;
  /** Unique per entry: the area code, facility id, road name or known place and desa. */
  id: string;
  name: string;
  /** Normalised names to match (the name, and without its prefix), each with its words. */
  keys: readonly SearchKey[];
  position: LonLat;
  /** Known at build time for areas, known places and facilities; roads are located when shown. */
  desaCode: string | null;
  /** Order within a known place: 0 for the desa its result points to first. */
  order: number;
}

export interface SearchKey {
  text: string;
  words: readonly string[];
  /** Without spaces, so "Celukan Bawang" finds "Celukanbawang". */
  compact: string;
}

export interface GazetteerIndex {
  entries: readonly GazetteerEntry[];
  admin: AdminIndex;
  desaByCode: ReadonlyMap<string, AdminAreaFeature>;
}

export interface GazetteerSources {
  desa: readonly AdminAreaFeature[];
  kecamatan: readonly AdminAreaFeature[];
  kabupaten: readonly AdminAreaFeature[];
  posts: readonly PostFeature[];
  caches: readonly CacheFeature[];
  roads: readonly RoadFeature[];
  /** The API's road graph extent: the study area while no kabupaten is loaded. */
  roadsExtent: BBox | null;
  /** The basemap's features: its stored land tells a point at sea from one on land outside the kabupaten. */
  basemap?: readonly BasemapFeature[];
}

function keysOf(...names: readonly string[]): SearchKey[] {
  const texts = new Set(
    names.flatMap((name) => {
      const full = normalizeName(name);
      return [full, stripPrefix(full).rest];
    }),
  );
  return [...texts].map((text) => ({ text, words: text.split(' '), compact: text.replaceAll(' ', '') }));
}

const lonLat = (p: readonly number[]): LonLat => [p[0] ?? 0, p[1] ?? 0];

function areaEntries(
  desa: readonly AdminAreaFeature[],
  kecamatan: readonly AdminAreaFeature[],
): GazetteerEntry[] {
  const desaEntries = desa.map((d): GazetteerEntry => {
    const kelurahan = d.properties.isKelurahan ?? /\.1\d{3}$/.test(d.properties.code);
    return {
      kind: kelurahan ? 'kelurahan' : 'desa',
      id: d.properties.code,
      name: d.properties.name,
      keys: keysOf(d.properties.name),
      position: areaLabelPoint(d),
      desaCode: d.properties.code,
      order: 0,
    };
  });
  const kecEntries = kecamatan.map(
    (k): GazetteerEntry => ({
      kind: 'kecamatan',
      id: k.properties.code,
      name: k.properties.name,
      keys: keysOf(k.properties.name),
      position: areaLabelPoint(k),
      desaCode: null,
      order: 0,
    }),
  );
  return [...desaEntries, ...kecEntries];
}

function placeEntries(places: readonly KnownPlace[], desaByCode: ReadonlyMap<string, AdminAreaFeature>) {
  return places.flatMap((place) => {
    const name = place.names[0] ?? '';
    const keys = keysOf(...place.names);
    return place.desaCodes.flatMap((code, order): GazetteerEntry[] => {
      const d = desaByCode.get(code);
      if (!d) return [];
      return [
        {
          kind: 'place',
          id: `${name}:${code}`,
          name,
          keys,
          position: areaLabelPoint(d),
          desaCode: code,
          order,
        },
      ];
    });
  });
}

function facilityEntries(kind: 'post' | 'cache', features: readonly (PostFeature | CacheFeature)[]) {
  return features.map(
    (f): GazetteerEntry => ({
      kind,
      id: f.properties.id,
      name: f.properties.name,
      keys: keysOf(f.properties.name),
      position: lonLat(f.geometry.coordinates),
      desaCode: f.properties.desaCode ?? null,
      order: 0,
    }),
  );
}

/** One entry per road name: the middle vertex of its longest piece stands for it. */
function roadEntries(roads: readonly RoadFeature[]): GazetteerEntry[] {
  const longest = new Map<string, RoadFeature>();
  for (const r of roads) {
    const name = r.properties.name?.trim();
    if (!name) continue;
    const key = normalizeName(name);
    const seen = longest.get(key);
    if (!seen || r.properties.lengthM > seen.properties.lengthM) longest.set(key, r);
  }
  return [...longest.entries()].map(([key, r]) => {
    const line = r.geometry.coordinates;
    return {
      kind: 'road',
      id: key,
      name: r.properties.name ?? key,
      keys: keysOf(r.properties.name ?? key),
      position: lonLat(line[Math.floor(line.length / 2)] ?? [0, 0]),
      desaCode: null,
      order: 0,
    };
  });
}

/**
 * Everything the location search finds, built once per load of the datasets: desa and kelurahan, kecamatan,
 * known places (one entry per desa they span), posts, caches and named roads.
 */
export function buildGazetteer(s: GazetteerSources): GazetteerIndex {
  const desaByCode = new Map(s.desa.map((d) => [d.properties.code, d]));
  return {
    entries: [
      ...areaEntries(s.desa, s.kecamatan),
      ...placeEntries(KNOWN_PLACES, desaByCode),
      ...facilityEntries('post', s.posts),
      ...facilityEntries('cache', s.caches),
      ...roadEntries(s.roads),
    ],
    admin: adminIndex(s.desa, s.kecamatan, s.kabupaten, s.roadsExtent, s.basemap),
    desaByCode,
  };
}
