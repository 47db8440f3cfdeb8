import type { AdminAreaInput, CoveragePost, HazardZoneInput, RoadGraph } from '@siaga/geo';
import { nodeCount } from '@siaga/geo';
import type { AreaGeometry } from '@siaga/schema';
import { circle } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { syntheticStudyArea } from '../test/support/synthetic_study_area.ts';
import { prng } from '../test/unit/geo/random_network.ts';
import type { CoverageStudy } from './coverage.ts';

const BLOCKS = 5;

/** What names a study built from a road graph alone, and its made-up population. */
export interface GraphStudyOptions {
  title: string;
  /** The Kemendagri-shaped kabupaten code ('99.xx': no real kabupaten has province 99). */
  code: string;
  /** The kabupaten's name in the admin areas. */
  name: string;
  /** A round figure; only its spread matters to the timings. */
  population: number;
  /** What the description says before the common part. */
  why: string;
}

/**
 * A coverage study built from a road graph alone (for graphs with no admin polygon in the data):
 * the land is the convex hull of the road nodes buffered by 500 m; it is cut into a 5 x 5 grid of blocks
 * standing in for desa (each row of blocks a kecamatan); population is road-weighted (each block gets the
 * population x its share of road nodes, which the engine then spreads evenly over the block's cells within reach
 * of a road); four synthetic circular hazard zones; ten posts at seeded random road nodes.
 */
export function graphStudy(graph: RoadGraph, options: GraphStudyOptions): CoverageStudy {
  const { code, population } = options;
  const n = nodeCount(graph);
  const { land, areas, blockCount } = syntheticStudyArea(graph.nodeLon, graph.nodeLat, {
    code,
    name: options.name,
    population,
    blocks: BLOCKS,
  });
  const adminAreas: AdminAreaInput[] = areas;
  const geometryOf = (f: Feature<Polygon | MultiPolygon>): AreaGeometry => f.geometry as AreaGeometry;

  const rnd = prng(2024);
  const randomNode = (): [number, number] => {
    const i = Math.floor(rnd() * n);
    return [graph.nodeLon[i] ?? 0, graph.nodeLat[i] ?? 0];
  };
  const hazards: [HazardZoneInput['properties'], number][] = [
    [{ hazardType: 'flood', level: 'tinggi' }, 1.5],
    [{ hazardType: 'landslide', level: 'sedang' }, 2.5],
    [{ hazardType: 'landslide', level: 'tinggi' }, 1],
    [{ hazardType: 'forest_fire', level: 'sedang' }, 3],
  ];
  const hazardZones: HazardZoneInput[] = hazards.map(([properties, radiusKm]) => ({
    geometry: geometryOf(circle(randomNode(), radiusKm, { steps: 32, units: 'kilometers' })),
    properties,
  }));
  const posts: CoveragePost[] = Array.from({ length: 10 }, (_, i) => ({
    id: `post-${i + 1}`,
    position: randomNode(),
    turnoutSeconds: 60 + 10 * i,
  }));

  return {
    title: options.title,
    input: { graph, adminAreas, hazardZones },
    land,
    posts,
    description:
      `${options.why} The land is the convex hull of all road nodes buffered ` +
      `by 500 m. It is cut into a ${BLOCKS} x ${BLOCKS} grid of blocks (${blockCount} inside the hull) standing in ` +
      `for desa, each row a kecamatan. Population ${population.toLocaleString('en')}, road-weighted: each block ` +
      'gets its share of road nodes, spread by the engine evenly over its cells within 500 m of a road. ' +
      `${hazardZones.length} synthetic circular hazard zones (1-3 km) and ${posts.length} posts at seeded random road nodes.`,
  };
}
