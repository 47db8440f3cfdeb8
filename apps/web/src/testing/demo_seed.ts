import { buildGraph, readGeoJsonRoads, serializeGraph } from '@siaga/geo';
import { AdminAreaFeature, CacheFeature, HazardZoneFeature, PostFeature } from '@siaga/schema';
import adminAreasText from '../../../../data/admin_areas.geojson?raw';
import cachesText from '../../../../data/caches.geojson?raw';
import hazardZonesText from '../../../../data/hazard_zones.geojson?raw';
import postsText from '../../../../data/posts.geojson?raw';
import roadsText from '../../../../data/roads.geojson?raw';

/**
 * The demo seed (data/*.geojson) in the shapes the API serves, and its road graph as graph.bin bytes, for
 * tests that run the engine in Node; never imported by the app.
 */

interface RawFeature {
  id?: string;
  type: 'Feature';
  geometry: { type: string; coordinates: unknown };
  properties: Record<string, unknown>;
}

const stamps = { version: 1, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };

function read(text: string): RawFeature[] {
  return (JSON.parse(text) as { features: RawFeature[] }).features;
}

function itemId(cache: number, item: number): string {
  return `00000000-0000-4000-8000-${String(cache * 1000 + item).padStart(12, '0')}`;
}

/** Area of a geometry is not in the seed files; the engine does not read it, so any number passes. */
const AREA_UNUSED = 0;

export function demoSeed() {
  const adminAreas = read(adminAreasText).map((f) =>
    AdminAreaFeature.parse({ ...f, properties: { ...f.properties, areaKm2: AREA_UNUSED } }),
  );
  const hazardZones = read(hazardZonesText).map((f) =>
    HazardZoneFeature.parse({
      ...f,
      properties: { ...f.properties, id: f.id, areaKm2: AREA_UNUSED, ...stamps },
    }),
  );
  const posts = read(postsText).map((f) =>
    PostFeature.parse({ ...f, properties: { ...f.properties, id: f.id, ...stamps } }),
  );
  const caches = read(cachesText).map((f, c) =>
    CacheFeature.parse({
      ...f,
      properties: {
        ...f.properties,
        id: f.id,
        ...stamps,
        items: (f.properties.items as Record<string, unknown>[]).map((item, i) => ({
          ...item,
          id: itemId(c, i),
          cacheId: f.id,
          ...stamps,
        })),
      },
    }),
  );
  const { roads } = readGeoJsonRoads({ features: read(roadsText) });
  const graphBytes = serializeGraph(buildGraph(roads));
  return { adminAreas, hazardZones, posts, caches, graphBytes };
}
