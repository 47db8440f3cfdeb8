import type { AdminAreaInput, CoveragePost, HazardZoneInput, RoadGraph } from '@siaga/geo';
import { nodeCount } from '@siaga/geo';
import type { AreaGeometry } from '@siaga/schema';
import { bbox, bboxPolygon, buffer, circle, convex, featureCollection, intersect, point } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { prng } from '../test/unit/geo/random_network.ts';
import type { CoverageStudy } from './coverage.ts';

const BLOCKS = 5;

/** What names a study built from a road graph alone, and its made-up population. */
export interface GraphStudyOptions {
  title: string;
  /** The kabupaten code; blocks are `<code>.<row>.<col>`. */
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
  const nodes = featureCollection(
    Array.from({ length: n }, (_, i) => point([graph.nodeLon[i] ?? 0, graph.nodeLat[i] ?? 0])),
  );
  const hull = convex(nodes);
  const land =
    hull === null ? null : (buffer(hull, 0.5, { units: 'kilometers' }) as Feature<Polygon> | undefined);
  if (land === null || land === undefined) throw new Error(`${options.title}: no hull around the road nodes`);
  const [minX, minY, maxX, maxY] = bbox(land);
  const dx = (maxX - minX) / BLOCKS;
  const dy = (maxY - minY) / BLOCKS;
  const geometryOf = (f: Feature<Polygon | MultiPolygon>): AreaGeometry => f.geometry as AreaGeometry;
  const clip = (x0: number, y0: number, x1: number, y1: number): Feature<Polygon | MultiPolygon> | null =>
    intersect(featureCollection<Polygon | MultiPolygon>([bboxPolygon([x0, y0, x1, y1]), land]));

  const blocks: { code: string; row: number; geometry: AreaGeometry; nodes: number }[] = [];
  for (let row = 0; row < BLOCKS; row++) {
    for (let col = 0; col < BLOCKS; col++) {
      const x0 = minX + col * dx;
      const y0 = minY + row * dy;
      const f = clip(x0, y0, x0 + dx, y0 + dy);
      if (f === null) continue;
      let count = 0;
      for (let i = 0; i < n; i++) {
        const lon = graph.nodeLon[i] ?? 0;
        const lat = graph.nodeLat[i] ?? 0;
        // Half-open blocks, closed on the last row and column, so each node counts once.
        const inX = lon >= x0 && (lon < x0 + dx || col === BLOCKS - 1);
        const inY = lat >= y0 && (lat < y0 + dy || row === BLOCKS - 1);
        if (inX && inY) count++;
      }
      blocks.push({ code: `${code}.${row + 1}.${col + 1}`, row, geometry: geometryOf(f), nodes: count });
    }
  }
  const counted = blocks.reduce((s, b) => s + b.nodes, 0);
  const adminAreas: AdminAreaInput[] = [
    {
      geometry: geometryOf(land),
      properties: { code, name: options.name, level: 'kabupaten' },
    },
  ];
  for (let row = 0; row < BLOCKS; row++) {
    const strip = clip(minX, minY + row * dy, maxX, minY + (row + 1) * dy);
    if (strip === null) continue;
    adminAreas.push({
      geometry: geometryOf(strip),
      properties: {
        code: `${code}.${row + 1}`,
        name: `Row ${row + 1}`,
        level: 'kecamatan',
        parentCode: code,
      },
    });
  }
  for (const b of blocks) {
    adminAreas.push({
      geometry: b.geometry,
      properties: {
        code: b.code,
        name: `Block ${b.code}`,
        level: 'desa',
        parentCode: `${code}.${b.row + 1}`,
        isKelurahan: false,
        population: Math.round((population * b.nodes) / Math.max(1, counted)),
      },
    });
  }

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
    land: geometryOf(land),
    posts,
    description:
      `${options.why} The land is the convex hull of all road nodes buffered ` +
      `by 500 m. It is cut into a ${BLOCKS} x ${BLOCKS} grid of blocks (${blocks.length} inside the hull) standing in ` +
      `for desa, each row a kecamatan. Population ${population.toLocaleString('en')}, road-weighted: each block ` +
      'gets its share of road nodes, spread by the engine evenly over its cells within 500 m of a road. ' +
      `${hazardZones.length} synthetic circular hazard zones (1-3 km) and ${posts.length} posts at seeded random road nodes.`,
  };
}
