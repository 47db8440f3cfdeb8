import { BasemapFeature, RoadFeature } from '@siaga/schema';
import basemapText from '../../../../data/basemap_features.geojson?raw';
import roadsText from '../../../../data/roads.geojson?raw';
import { buildGazetteer, type GazetteerIndex } from '../gazetteer/gazetteer_index.ts';
import { demoSeed } from './demo_seed.ts';

interface RawRoad {
  geometry: unknown;
  properties: { name?: string };
}

/** The seed's roads as /api/roads serves them; only names and lines are real, class and length are filler. */
function seedRoads(): RoadFeature[] {
  return (JSON.parse(roadsText) as { features: RawRoad[] }).features.map((f, i) =>
    RoadFeature.parse({
      type: 'Feature',
      geometry: f.geometry,
      properties: {
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        roadClass: 'primary',
        name: f.properties.name ?? null,
        sourceId: `seed:${i}`,
        lengthM: 100,
      },
    }),
  );
}

/** The seed's basemap as /api/basemap-features serves it: Bali's land, water bodies and waterways. */
export function seedBasemap(): BasemapFeature[] {
  return (JSON.parse(basemapText) as { features: unknown[] }).features.map((f) => BasemapFeature.parse(f));
}

/** The gazetteer of the demo seed (data/*.geojson), for tests of the search and the location box. */
export function seedGazetteer(): GazetteerIndex {
  const seed = demoSeed();
  const level = (l: string) => seed.adminAreas.filter((a) => a.properties.level === l);
  return buildGazetteer({
    desa: level('desa'),
    kecamatan: level('kecamatan'),
    kabupaten: level('kabupaten'),
    posts: seed.posts,
    caches: seed.caches,
    roads: seedRoads(),
    roadsExtent: null,
    basemap: seedBasemap(),
  });
}
