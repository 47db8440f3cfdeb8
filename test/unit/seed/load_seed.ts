import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiPolygon,
  Point,
  Position,
} from 'geojson';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export type SeedFile =
  | 'admin_areas'
  | 'desa_points'
  | 'roads'
  | 'posts'
  | 'caches'
  | 'hazard_zones'
  | 'incidents'
  | 'units'
  | 'basemap_features';

export function readSeed<G extends Geometry | null = Geometry>(file: SeedFile): FeatureCollection<G> {
  return JSON.parse(readFileSync(join(REPO_ROOT, 'data', `${file}.geojson`), 'utf8')) as FeatureCollection<G>;
}

export type AdminFeature = Feature<
  MultiPolygon,
  {
    code: string;
    name: string;
    level: string;
    parentCode: string | null;
    population: number;
    isKelurahan: boolean | null;
  }
>;

export function adminAreas(): AdminFeature[] {
  return readSeed<MultiPolygon>('admin_areas').features as AdminFeature[];
}

export function desaPoints(): Feature<Point, { code: string; name: string }>[] {
  return readSeed<Point>('desa_points').features as Feature<Point, { code: string; name: string }>[];
}

export function roads(): Feature<LineString, Record<string, string>>[] {
  return readSeed<LineString>('roads').features as Feature<LineString, Record<string, string>>[];
}

export function positionKey(p: Position): string {
  return `${p[0]},${p[1]}`;
}
