import type { AdminAreaFeature, RoadClass } from '@siaga/schema';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { DatasetFeatures, DatasetId } from '../datasets.ts';
import { areaLabelPoint } from './label_point.ts';
import { OVERLAY_SOURCE_IDS } from './overlay_sources.ts';
import { incidentIconId, postIconId } from './post_symbol.ts';

export const SOURCE_IDS = [
  'basemap',
  'kabupaten',
  'kecamatan',
  'kecamatan-labels',
  'desa',
  'desa-labels',
  'desa-focus',
  'roads',
  'hazardZones',
  'caches',
  'posts',
  'incidents',
  ...OVERLAY_SOURCE_IDS,
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

/** The property MapLibre promotes to the feature id, so feature-state (hover, selection) can address it. */
export const promoteIdOf: Record<SourceId, string> = {
  basemap: 'id',
  kabupaten: 'code',
  kecamatan: 'code',
  'kecamatan-labels': 'code',
  desa: 'code',
  'desa-labels': 'code',
  'desa-focus': 'code',
  roads: 'id',
  hazardZones: 'id',
  caches: 'id',
  posts: 'id',
  incidents: 'id',
  gaps: 'id',
  isochrones: 'id',
  routes: 'id',
  candidates: 'id',
  switchedOff: 'id',
  movedPosts: 'id',
  sites: 'id',
  prepositioning: 'id',
  incident: 'id',
  closures: 'id',
  edit: 'id',
};

/** Draw order and minimum zoom for labels: lower rank is a bigger road. */
export const roadRank = {
  motorway: 1,
  trunk: 1,
  motorway_link: 2,
  trunk_link: 2,
  primary: 2,
  primary_link: 3,
  secondary: 3,
  secondary_link: 4,
  tertiary: 4,
  tertiary_link: 5,
  unclassified: 5,
  residential: 6,
  living_street: 6,
  road: 6,
  service: 7,
  track: 8,
} as const satisfies Record<RoadClass, number>;

type Props = Record<string, string | number | boolean | null>;
export type SourceCollection = FeatureCollection<Geometry, Props>;

function collection(features: Array<Feature<Geometry, Props>>): SourceCollection {
  return { type: 'FeatureCollection', features };
}

function adminLabels(areas: readonly AdminAreaFeature[]): SourceCollection {
  return collection(
    areas.map((a) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: areaLabelPoint(a) },
      properties: { code: a.properties.code, name: a.properties.name, population: a.properties.population },
    })),
  );
}

function adminAreas(areas: readonly AdminAreaFeature[]): SourceCollection {
  return collection(
    areas.map((a) => ({
      type: 'Feature',
      geometry: a.geometry,
      properties: {
        code: a.properties.code,
        name: a.properties.name,
        areaKm2: a.properties.areaKm2,
        population: a.properties.population,
      },
    })),
  );
}

type SourceBuilder<K extends DatasetId> = (
  features: DatasetFeatures[K],
) => Partial<Record<SourceId, SourceCollection>>;

const builders: { [K in DatasetId]: SourceBuilder<K> } = {
  kabupaten: (areas) => ({ kabupaten: adminAreas(areas) }),
  water: (features) => ({
    basemap: collection(
      features.map((f, i) => ({
        type: 'Feature',
        geometry: f.geometry,
        properties: {
          id: f.id ?? String(i),
          kind: f.properties.kind,
          shape: f.geometry.type === 'MultiPolygon' ? 'area' : 'line',
          intermittent: f.properties.intermittent,
          ...(f.properties.name ? { name: f.properties.name } : {}),
        },
      })),
    ),
  }),
  kecamatan: (areas) => ({ kecamatan: adminAreas(areas), 'kecamatan-labels': adminLabels(areas) }),
  desa: (areas) => ({ desa: adminAreas(areas), 'desa-labels': adminLabels(areas) }),
  roads: (roads) => ({
    roads: collection(
      roads.map((r) => ({
        type: 'Feature',
        geometry: r.geometry,
        properties: {
          id: r.properties.id,
          roadClass: r.properties.roadClass,
          rank: roadRank[r.properties.roadClass],
          label: r.properties.name ?? r.properties.ref,
        },
      })),
    ),
  }),
  hazardZones: (zones) => ({
    hazardZones: collection(
      zones.map((z) => ({
        type: 'Feature',
        geometry: z.geometry,
        properties: {
          id: z.properties.id,
          name: z.properties.name,
          hazardType: z.properties.hazardType,
          level: z.properties.level,
          areaKm2: z.properties.areaKm2,
        },
      })),
    ),
  }),
  posts: (posts) => ({
    posts: collection(
      posts.map((p) => ({
        type: 'Feature',
        geometry: p.geometry,
        properties: {
          id: p.properties.id,
          name: p.properties.name,
          kind: p.properties.kind,
          status: p.properties.status,
          icon: postIconId(p.properties.kind, p.properties.status),
        },
      })),
    ),
  }),
  caches: (caches) => ({
    caches: collection(
      caches.map((c) => ({
        type: 'Feature',
        geometry: c.geometry,
        properties: {
          id: c.properties.id,
          name: c.properties.name,
          itemCount: c.properties.items.length,
          atPost: c.properties.postId !== null,
        },
      })),
    ),
  }),
  // Drawn through the `closures` overlay source together with the closures not saved yet (overlay_data.ts).
  closures: () => ({}),
  incidents: (incidents) => ({
    incidents: collection(
      incidents.map((i) => ({
        type: 'Feature',
        geometry: i.geometry,
        properties: {
          id: i.properties.id,
          title: i.properties.title,
          incidentType: i.properties.incidentType,
          status: i.properties.status,
          icon: incidentIconId(i.properties.status),
        },
      })),
    ),
  }),
};

/**
 * The map sources a dataset feeds, with only the properties the style reads: full records stay in the
 * store (the details panel reads them there), so nested values such as a cache's items never cross to
 * the map's worker.
 */
export function sourceDataOf<K extends DatasetId>(
  dataset: K,
  features: DatasetFeatures[K],
): Partial<Record<SourceId, SourceCollection>> {
  const build: SourceBuilder<K> = builders[dataset];
  return build(features);
}

/**
 * The datasets whose features changed since the last sync, compared by reference: the store replaces an
 * array when it loads new data and never mutates one, so unchanged datasets skip `setData` entirely.
 */
export function changedDatasets(
  previous: Partial<Record<DatasetId, unknown>>,
  next: Record<DatasetId, unknown>,
): DatasetId[] {
  return (Object.keys(next) as DatasetId[]).filter((k) => previous[k] !== next[k]);
}
