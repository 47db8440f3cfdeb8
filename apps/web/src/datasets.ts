import {
  AdminAreaFeature,
  type BasemapFeature,
  BasemapFeatureCollection,
  CacheCollection,
  type CacheFeature,
  featureCollection,
  HazardZoneCollection,
  type HazardZoneFeature,
  IncidentCollection,
  type IncidentFeature,
  PostCollection,
  type PostFeature,
  RoadClosureCollection,
  type RoadClosureFeature,
  RoadCollection,
  type RoadFeature,
} from '@siaga/schema';
import type { z } from 'zod';

/**
 * The collections the map shows, one API call and one toggleable layer group each.
 * Order is the panel order: what is drawn on top comes first.
 */
export const DATASETS = [
  'incidents',
  'closures',
  'posts',
  'caches',
  'hazardZones',
  'roads',
  'desa',
  'kecamatan',
  'kabupaten',
  'water',
] as const;
export type DatasetId = (typeof DATASETS)[number];

export interface DatasetFeature {
  incidents: IncidentFeature;
  /** Stored road closures (active ones), drawn with the dispatcher's unsaved ones and given to the engine. */
  closures: RoadClosureFeature;
  posts: PostFeature;
  caches: CacheFeature;
  hazardZones: HazardZoneFeature;
  roads: RoadFeature;
  desa: AdminAreaFeature;
  kecamatan: AdminAreaFeature;
  kabupaten: AdminAreaFeature;
  /** Rivers, streams, lakes and reservoirs, and the island's land (drawn always, with the basemap). */
  water: BasemapFeature;
}

export type DatasetFeatures = { [K in DatasetId]: readonly DatasetFeature[K][] };

/** Roads are many; 50,000 covers the regency's drivable OSM network with room to spare. */
export const datasetPath: Record<DatasetId, string> = {
  incidents: '/api/incidents',
  closures: '/api/closures',
  posts: '/api/posts',
  caches: '/api/caches',
  hazardZones: '/api/hazard-zones',
  roads: '/api/roads?limit=50000',
  desa: '/api/admin-areas?level=desa',
  kecamatan: '/api/admin-areas?level=kecamatan',
  kabupaten: '/api/admin-areas?level=kabupaten',
  water: '/api/basemap-features',
};

// The map asks for boundaries, so an area answered without one (AdminAreaCollection allows it) is an error here.
const AdminAreasWithBoundary = featureCollection(AdminAreaFeature);

export const datasetSchema: { [K in DatasetId]: z.ZodType<{ features: DatasetFeature[K][] }> } = {
  incidents: IncidentCollection,
  closures: RoadClosureCollection,
  posts: PostCollection,
  caches: CacheCollection,
  hazardZones: HazardZoneCollection,
  roads: RoadCollection,
  desa: AdminAreasWithBoundary,
  kecamatan: AdminAreasWithBoundary,
  kabupaten: AdminAreasWithBoundary,
  water: BasemapFeatureCollection,
};
