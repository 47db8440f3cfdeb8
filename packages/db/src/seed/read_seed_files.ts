import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type LooseFeature, readGeoJsonRoads } from '@siaga/geo';
import {
  AdminAreaCreate,
  BasemapFeatureCreate,
  CacheCreate,
  DesaPoint,
  type ErrorIssue,
  feature,
  HazardZoneCreate,
  IncidentCreate,
  PostCreate,
  SiagaError,
  UnitProperties,
} from '@siaga/schema';
import { z } from 'zod';
import type { AdminAreaCreateParsed } from '../repositories/admin_areas.ts';
import type { BasemapFeatureCreateParsed } from '../repositories/basemap_features.ts';
import type { CacheCreateParsed } from '../repositories/caches.ts';
import type { HazardZoneCreateParsed } from '../repositories/hazard_zones.ts';
import type { IncidentCreateParsed } from '../repositories/incidents.ts';
import type { PostCreateParsed } from '../repositories/posts.ts';
import { roadInputsOf } from '../repositories/road_inputs.ts';
import type { RoadCreateParsed } from '../repositories/roads.ts';
import type { UnitSeed } from '../repositories/units.ts';

/** A unit in the seed: a Feature without geometry (it stands at its post), its id the unit's id. */
const UnitSeedFeature = feature(z.null(), UnitProperties);

/** The seed files loadSeedIfEmpty reads (data/README.md describes them); each is optional. */
const SEED_FILES = {
  adminAreas: 'admin_areas.geojson',
  posts: 'posts.geojson',
  caches: 'caches.geojson',
  hazardZones: 'hazard_zones.geojson',
  incidents: 'incidents.geojson',
  roads: 'roads.geojson',
  desaPoints: 'desa_points.geojson',
  units: 'units.geojson',
  basemapFeatures: 'basemap_features.geojson',
} as const;

export interface SeedContent {
  adminAreas: AdminAreaCreateParsed[];
  posts: PostCreateParsed[];
  caches: CacheCreateParsed[];
  hazardZones: HazardZoneCreateParsed[];
  incidents: IncidentCreateParsed[];
  roads: RoadCreateParsed[];
  units: UnitSeed[];
  basemapFeatures: BasemapFeatureCreateParsed[];
  /** sha256 over the names and bytes of the files read. */
  contentHash: string;
  filesRead: string[];
}

function fail(file: string, index: number | null, issues: ErrorIssue[]): never {
  const where = index === null ? file : `${file} feature ${index}`;
  const first = issues[0]?.message ?? 'invalid';
  throw new SiagaError('validation_failed', `Seed file ${where}: ${first}`, issues);
}

function readFeatures(dir: string, file: string, hash: ReturnType<typeof createHash>): unknown[] | null {
  const path = join(dir, file);
  if (!existsSync(path)) return null;
  const bytes = readFileSync(path);
  hash.update(file).update(bytes);
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch (err) {
    fail(file, null, [{ path: file, message: `not JSON (${(err as Error).message})` }]);
  }
  const features = (parsed as { type?: unknown; features?: unknown } | null)?.features;
  if ((parsed as { type?: unknown }).type !== 'FeatureCollection' || !Array.isArray(features)) {
    fail(file, null, [{ path: file, message: 'not a GeoJSON FeatureCollection' }]);
  }
  return features;
}

function parseAll<S extends z.ZodType>(file: string, features: unknown[] | null, schema: S): z.output<S>[] {
  return (features ?? []).map((raw, index) => {
    const result = schema.safeParse(raw);
    if (result.success) return result.data;
    return fail(
      file,
      index,
      result.error.issues.map((issue) => ({
        path: [file, 'features', index, ...issue.path].join('.'),
        message: issue.message,
      })),
    );
  });
}

/**
 * Roads are stored as OSM-tagged lines and go through the importer's path (readGeoJsonRoads, roadInputsOf). A
 * seed road the reader would skip is an error naming the feature: the demo network must arrive whole.
 */
function roadsFrom(file: string, features: unknown[] | null): RoadCreateParsed[] {
  const lines = (features ?? []).flatMap((raw, index) => {
    const { roads, summary } = readGeoJsonRoads({ features: [raw as LooseFeature] });
    const [reason] = Object.keys(summary.skipped);
    if (reason !== undefined) {
      fail(file, index, [{ path: `${file}.features.${index}`, message: `not a drivable road (${reason})` }]);
    }
    return roads.map((road) => ({ ...road, featureIndex: index }));
  });
  return roadInputsOf(lines, file);
}

/**
 * The desa points become their desa's label point, matched by code. A point whose code names no desa of
 * admin_areas.geojson, a code given twice, or a desa that already has a label point is refused: a point that
 * silently went nowhere would leave coverage measuring that desa somewhere else.
 */
function withDesaPoints(areas: AdminAreaCreateParsed[], points: DesaPoint[]): AdminAreaCreateParsed[] {
  const file = SEED_FILES.desaPoints;
  const desa = new Map(
    areas.flatMap((a, i) => (a.properties.level === 'desa' ? [[a.properties.code, i] as const] : [])),
  );
  const pointOf = new Map<number, DesaPoint['geometry']>();
  for (const [index, point] of points.entries()) {
    const { code } = point.properties;
    const path = `${file}.features.${index}.properties.code`;
    const area = desa.get(code);
    if (area === undefined) {
      fail(file, index, [{ path, message: `no desa with code ${code} in ${SEED_FILES.adminAreas}` }]);
    }
    if (pointOf.has(area) || areas[area]?.properties.labelPoint) {
      fail(file, index, [{ path, message: `desa ${code} already has a label point` }]);
    }
    pointOf.set(area, point.geometry);
  }
  return areas.map((a, i) => {
    const labelPoint = pointOf.get(i);
    return labelPoint === undefined ? a : { ...a, properties: { ...a.properties, labelPoint } };
  });
}

/** Reads and validates every seed file in `dir`; throws SiagaError naming the file and feature index. */
export function readSeedFiles(dir: string): SeedContent {
  const hash = createHash('sha256');
  const read = (file: string) => readFeatures(dir, file, hash);
  const raw = {
    adminAreas: read(SEED_FILES.adminAreas),
    posts: read(SEED_FILES.posts),
    caches: read(SEED_FILES.caches),
    hazardZones: read(SEED_FILES.hazardZones),
    incidents: read(SEED_FILES.incidents),
    roads: read(SEED_FILES.roads),
    desaPoints: read(SEED_FILES.desaPoints),
    units: read(SEED_FILES.units),
    basemapFeatures: read(SEED_FILES.basemapFeatures),
  };
  return {
    adminAreas: withDesaPoints(
      parseAll(SEED_FILES.adminAreas, raw.adminAreas, AdminAreaCreate),
      parseAll(SEED_FILES.desaPoints, raw.desaPoints, DesaPoint),
    ),
    posts: parseAll(SEED_FILES.posts, raw.posts, PostCreate),
    caches: parseAll(SEED_FILES.caches, raw.caches, CacheCreate),
    hazardZones: parseAll(SEED_FILES.hazardZones, raw.hazardZones, HazardZoneCreate),
    incidents: parseAll(SEED_FILES.incidents, raw.incidents, IncidentCreate),
    roads: roadsFrom(SEED_FILES.roads, raw.roads),
    units: parseAll(SEED_FILES.units, raw.units, UnitSeedFeature).map((u) => ({ ...u.properties, id: u.id })),
    basemapFeatures: parseAll(SEED_FILES.basemapFeatures, raw.basemapFeatures, BasemapFeatureCreate),
    contentHash: hash.digest('hex'),
    filesRead: Object.values(SEED_FILES).filter((_, i) => Object.values(raw)[i] !== null),
  };
}
