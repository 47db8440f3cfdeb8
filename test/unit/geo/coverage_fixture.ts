import {
  type AdminAreaInput,
  buildCoverageModel,
  buildGraph,
  type Closure,
  type CoverageModel,
  type CoveragePost,
  type HazardZoneInput,
  PROFILES,
  readGeoJsonRoads,
} from '@siaga/geo';
import type { AreaGeometry, HazardLevel, HazardType } from '@siaga/schema';

/** A hand-made coverage or isochrone fixture: roads (OSM tags) plus features with a `role`, options inside. */
export interface CoverageFixture {
  type: 'FeatureCollection';
  description: string;
  options: {
    cellSizeM: number;
    maxAccessM: number;
    profile: keyof typeof PROFILES;
    breaksMin?: number[];
    thresholdsMin?: number[];
    wmk?: { radiusM: number; builtUpRadiusM: number };
  };
  features: {
    type: 'Feature';
    properties: Record<string, string | number | boolean>;
    geometry: { type: string; coordinates: unknown };
  }[];
}

export interface LoadedFixture {
  model: CoverageModel;
  posts: CoveragePost[];
  closures: Closure[];
}

export function loadCoverageFixture(fixture: CoverageFixture): LoadedFixture {
  const roads = fixture.features.filter((f) => f.properties.role === undefined);
  const graph = buildGraph(readGeoJsonRoads({ features: roads }).roads);
  const adminAreas: AdminAreaInput[] = [];
  const hazardZones: HazardZoneInput[] = [];
  const posts: CoveragePost[] = [];
  const closures: Closure[] = [];
  for (const f of fixture.features) {
    const p = f.properties;
    const area = f.geometry as AreaGeometry;
    switch (p.role) {
      case 'land':
        adminAreas.push({
          geometry: area,
          properties: { code: '51.08', name: 'Kabupaten', level: 'kabupaten' },
        });
        break;
      case 'desa':
        adminAreas.push({
          geometry: area,
          properties: {
            code: String(p.code),
            name: String(p.name),
            level: 'desa',
            isKelurahan: p.isKelurahan === true,
            population: Number(p.population),
          },
        });
        break;
      case 'hazard':
        hazardZones.push({
          geometry: area,
          properties: { hazardType: p.hazardType as HazardType, level: p.level as HazardLevel },
        });
        break;
      case 'post':
        posts.push({
          id: String(p.id),
          position: f.geometry.coordinates as number[],
          turnoutSeconds: Number(p.turnoutSeconds),
        });
        break;
      case 'closure':
        closures.push(f.geometry as Closure);
        break;
    }
  }
  const model = buildCoverageModel(
    { graph, adminAreas, hazardZones },
    {
      cellSizeM: fixture.options.cellSizeM,
      maxAccessM: fixture.options.maxAccessM,
      profile: PROFILES[fixture.options.profile],
    },
  );
  return { model, posts, closures };
}

/** The fixture's posts as GeoJSON points, so an output file shows where they stand. */
export function postFeatures(posts: readonly CoveragePost[]): unknown[] {
  return posts.map((p) => ({
    type: 'Feature',
    properties: { role: 'post', id: p.id, turnoutSeconds: p.turnoutSeconds ?? 0 },
    geometry: { type: 'Point', coordinates: p.position },
  }));
}
