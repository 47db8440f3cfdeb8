import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGraph, EngineNetwork, readGeoJsonRoads } from '@siaga/geo';
import type { AdminAreaFeature, CacheFeature, HazardZoneFeature, PostFeature } from '@siaga/schema';

const root = join(import.meta.dirname, '..');
const read = (name: string) => JSON.parse(readFileSync(join(root, 'data', name), 'utf8'));

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

/** A seed feature as the API answers it: its id (and a version) in its properties. */
const stored = <F>(f: { id: string; properties: object }): F =>
  ({ ...f, properties: { ...f.properties, id: f.id, version: 1 } }) as F;

/** The seed as the API holds it: admin areas with their stored desa points, posts, caches and hazard zones with ids. */
export function seedNetwork() {
  const points = new Map(
    read('desa_points.geojson').features.map((f: { properties: { code: string }; geometry: unknown }) => [
      f.properties.code,
      f.geometry,
    ]),
  );
  const adminAreas: AdminAreaFeature[] = read('admin_areas.geojson').features.map((f: AdminAreaFeature) => ({
    ...f,
    properties: { ...f.properties, labelPoint: points.get(f.properties.code) ?? null },
  }));
  const posts: PostFeature[] = read('posts.geojson').features.map(stored<PostFeature>);
  const caches: CacheFeature[] = read('caches.geojson').features.map(stored<CacheFeature>);
  const hazardZones: HazardZoneFeature[] = read('hazard_zones.geojson').features.map(
    stored<HazardZoneFeature>,
  );
  const network = new EngineNetwork(buildGraph(readGeoJsonRoads(read('roads.geojson')).roads), 'bench');
  return { network, areas: { adminAreas, hazardZones }, posts, caches };
}
