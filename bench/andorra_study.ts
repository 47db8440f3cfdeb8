import type { AdminAreaInput, CoveragePost, HazardZoneInput, RoadGraph } from '@siaga/geo';
import { nodeCount } from '@siaga/geo';
import type { AreaGeometry } from '@siaga/schema';
import { bbox, bboxPolygon, buffer, circle, convex, featureCollection, intersect, point } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { prng } from '../test/unit/geo/random_network.ts';
import type { CoverageStudy } from './coverage.ts';

/** A round figure close to Andorra's population; only its spread matters to the timings. */
const POPULATION = 80_000;
const BLOCKS = 5;

/**
 * A coverage study built from the Andorra road graph alone (there is no Andorra admin polygon in the data):
 * the land is the convex hull of the road nodes buffered by 500 m; it is cut into a 5 x 5 grid of blocks
 * standing in for desa (each row of blocks a kecamatan); population is road-weighted (each block gets 80,000 x
 * its share of road nodes, which the engine then spreads evenly over the block's cells within reach of a road);
 * four synthetic circular hazard zones; ten posts at seeded random road nodes.
 */
export function andorraStudy(graph: RoadGraph): CoverageStudy {
  const n = nodeCount(graph);
  const nodes = featureCollection(
    Array.from({ length: n }, (_, i) => point([graph.nodeLon[i] ?? 0, graph.nodeLat[i] ?? 0])),
  );
  const hull = convex(nodes);
  const land =
    hull === null ? null : (buffer(hull, 0.5, { units: 'kilometers' }) as Feature<Polygon> | undefined);
  if (land === null || land === undefined) throw new Error('Andorra: no hull around the road nodes');
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
      blocks.push({ code: `AD.${row + 1}.${col + 1}`, row, geometry: geometryOf(f), nodes: count });
    }
  }
  const counted = blocks.reduce((s, b) => s + b.nodes, 0);
  const adminAreas: AdminAreaInput[] = [
    {
      geometry: geometryOf(land),
      properties: { code: 'AD', name: 'Andorra (study area)', level: 'kabupaten' },
    },
  ];
  for (let row = 0; row < BLOCKS; row++) {
    const strip = clip(minX, minY + row * dy, maxX, minY + (row + 1) * dy);
    if (strip === null) continue;
    adminAreas.push({
      geometry: geometryOf(strip),
      properties: { code: `AD.${row + 1}`, name: `Row ${row + 1}`, level: 'kecamatan', parentCode: 'AD' },
    });
  }
  for (const b of blocks) {
    adminAreas.push({
      geometry: b.geometry,
      properties: {
        code: b.code,
        name: `Block ${b.code}`,
        level: 'desa',
        parentCode: `AD.${b.row + 1}`,
        isKelurahan: false,
        population: Math.round((POPULATION * b.nodes) / Math.max(1, counted)),
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
    title: 'Andorra (OSM PBF, synthetic study area)',
    input: { graph, adminAreas, hazardZones },
    land: geometryOf(land),
    posts,
    description:
      'No Andorra admin polygon exists in the data, so the land is the convex hull of all road nodes buffered ' +
      `by 500 m. It is cut into a ${BLOCKS} x ${BLOCKS} grid of blocks (${blocks.length} inside the hull) standing in ` +
      `for desa, each row a kecamatan. Population ${POPULATION.toLocaleString('en')}, road-weighted: each block ` +
      'gets its share of road nodes, spread by the engine evenly over its cells within 500 m of a road. ' +
      `${hazardZones.length} synthetic circular hazard zones (1-3 km) and ${posts.length} posts at seeded random road nodes.`,
  };
}
