import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGraph, type CoveragePost, readGeoJsonRoads } from '@siaga/geo';
import type { CoverageStudy } from './coverage.ts';

const root = join(import.meta.dirname, '..');
const read = (name: string): { features: never[] } =>
  JSON.parse(readFileSync(join(root, 'data', name), 'utf8'));

/** The demo seed (data/*.geojson) as a coverage study, or a reason it is absent. */
export function seedStudy(): CoverageStudy | string {
  for (const f of ['roads.geojson', 'admin_areas.geojson', 'posts.geojson']) {
    if (!existsSync(join(root, 'data', f))) return `Skipped: data/${f} absent.`;
  }
  const adminAreas = read('admin_areas.geojson').features;
  const kabupaten = adminAreas.find(
    (a: { properties: { level: string } }) => a.properties.level === 'kabupaten',
  ) as { geometry: CoverageStudy['land'] } | undefined;
  if (kabupaten === undefined) return 'Skipped: no kabupaten outline in data/admin_areas.geojson.';
  const posts: CoveragePost[] = read('posts.geojson').features.map(
    (f: {
      id?: string;
      geometry: { coordinates: number[] };
      properties: { name: string; turnoutSeconds: number };
    }) => ({
      id: f.id ?? f.properties.name,
      position: f.geometry.coordinates,
      turnoutSeconds: f.properties.turnoutSeconds,
    }),
  );
  return {
    title: 'Buleleng demo seed (data/*.geojson)',
    input: {
      graph: buildGraph(readGeoJsonRoads(read('roads.geojson')).roads),
      adminAreas,
      hazardZones: existsSync(join(root, 'data', 'hazard_zones.geojson'))
        ? read('hazard_zones.geojson').features
        : [],
      ...(existsSync(join(root, 'data', 'desa_points.geojson'))
        ? { desaPoints: read('desa_points.geojson').features }
        : {}),
    },
    land: kabupaten.geometry,
    posts,
    description:
      'The seed kabupaten outline, its desa with their populations, hazard zones, desa points and posts. The seed ' +
      'road network is small, so the search costs almost nothing here and the O(cells) work dominates.',
  };
}
