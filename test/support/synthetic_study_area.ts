import type { AreaGeometry } from '@siaga/schema';
import { bbox, bboxPolygon, buffer, convex, featureCollection, intersect, point } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

/** One admin area of a synthetic study area, in the shape both the engine and AdminAreaCreate take. */
export interface SyntheticArea {
  type: 'Feature';
  geometry: AreaGeometry;
  properties: {
    code: string;
    name: string;
    level: 'kabupaten' | 'kecamatan' | 'desa';
    parentCode: string | null;
    isKelurahan: boolean | null;
    population: number | null;
  };
}

export interface SyntheticStudyArea {
  /** The kabupaten outline: the convex hull of the road nodes buffered by 500 m. */
  land: AreaGeometry;
  /** The kabupaten, one kecamatan per row of blocks, one desa per block (Kemendagri-shaped codes). */
  areas: SyntheticArea[];
  blockCount: number;
}

export interface SyntheticStudyOptions {
  /** Kemendagri-shaped kabupaten code, e.g. '99.01' (no real kabupaten has province 99). */
  code: string;
  name: string;
  population: number;
  /** Blocks per side; default 5. */
  blocks?: number;
}

/**
 * A study area built from road nodes alone, for places without admin polygons (the Andorra extract, a generated
 * network): the land is the convex hull of the nodes buffered by 500 m, cut into a blocks x blocks grid standing
 * in for desa (each row a kecamatan). Population is road-weighted: each block gets its share of the nodes.
 *
 * @example syntheticStudyArea(lons, lats, { code: '99.01', name: 'Andorra', population: 80_000 })
 */
export function syntheticStudyArea(
  lons: ArrayLike<number>,
  lats: ArrayLike<number>,
  o: SyntheticStudyOptions,
): SyntheticStudyArea {
  const n = lons.length;
  const blocksPerSide = o.blocks ?? 5;
  const nodes = featureCollection(Array.from({ length: n }, (_, i) => point([lons[i] ?? 0, lats[i] ?? 0])));
  const hull = convex(nodes);
  const land =
    hull === null ? null : (buffer(hull, 0.5, { units: 'kilometers' }) as Feature<Polygon> | undefined);
  if (land === null || land === undefined) throw new Error(`${o.name}: no hull around the road nodes`);
  const [minX, minY, maxX, maxY] = bbox(land);
  const dx = (maxX - minX) / blocksPerSide;
  const dy = (maxY - minY) / blocksPerSide;
  const geometryOf = (f: Feature<Polygon | MultiPolygon>): AreaGeometry => f.geometry as AreaGeometry;
  const clip = (x0: number, y0: number, x1: number, y1: number): Feature<Polygon | MultiPolygon> | null =>
    intersect(featureCollection<Polygon | MultiPolygon>([bboxPolygon([x0, y0, x1, y1]), land]));
  const kecamatanCode = (row: number) => `${o.code}.${String(row + 1).padStart(2, '0')}`;

  const blocks: { code: string; row: number; geometry: AreaGeometry; nodes: number }[] = [];
  for (let row = 0; row < blocksPerSide; row++) {
    for (let col = 0; col < blocksPerSide; col++) {
      const x0 = minX + col * dx;
      const y0 = minY + row * dy;
      const f = clip(x0, y0, x0 + dx, y0 + dy);
      if (f === null) continue;
      let count = 0;
      for (let i = 0; i < n; i++) {
        const lon = lons[i] ?? 0;
        const lat = lats[i] ?? 0;
        // Half-open blocks, closed on the last row and column, so each node counts once.
        const inX = lon >= x0 && (lon < x0 + dx || col === blocksPerSide - 1);
        const inY = lat >= y0 && (lat < y0 + dy || row === blocksPerSide - 1);
        if (inX && inY) count++;
      }
      const code = `${kecamatanCode(row)}.${2001 + col}`;
      blocks.push({ code, row, geometry: geometryOf(f), nodes: count });
    }
  }
  const counted = blocks.reduce((s, b) => s + b.nodes, 0);
  const area = (geometry: AreaGeometry, properties: SyntheticArea['properties']): SyntheticArea => ({
    type: 'Feature',
    geometry,
    properties,
  });
  const areas: SyntheticArea[] = [
    area(geometryOf(land), {
      code: o.code,
      name: o.name,
      level: 'kabupaten',
      parentCode: null,
      isKelurahan: null,
      population: null,
    }),
  ];
  for (let row = 0; row < blocksPerSide; row++) {
    const strip = clip(minX, minY + row * dy, maxX, minY + (row + 1) * dy);
    if (strip === null) continue;
    areas.push(
      area(geometryOf(strip), {
        code: kecamatanCode(row),
        name: `Row ${row + 1}`,
        level: 'kecamatan',
        parentCode: o.code,
        isKelurahan: null,
        population: null,
      }),
    );
  }
  for (const b of blocks) {
    areas.push(
      area(b.geometry, {
        code: b.code,
        name: `Block ${b.code}`,
        level: 'desa',
        parentCode: kecamatanCode(b.row),
        isKelurahan: false,
        population: Math.round((o.population * b.nodes) / Math.max(1, counted)),
      }),
    );
  }
  return { land: geometryOf(land), areas, blockCount: blocks.length };
}
