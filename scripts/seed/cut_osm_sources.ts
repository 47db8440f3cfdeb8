/**
 * One-off derivation: simplifies the OpenStreetMap boundaries, waterways, water bodies and coastline of
 * Buleleng (../shared/data/buleleng/osm, © OpenStreetMap contributors, ODbL) into the small committed
 * intermediates data/sources/osm_*.geojson that the regular seed build reads (a fresh clone has no ../shared):
 *
 *   node --import tsx scripts/seed/cut_osm_sources.ts [path to buleleng/osm]
 *
 * Desa are simplified along shared arcs (shared_arcs.ts), so neighbours keep one common border and the
 * kecamatan and kabupaten the build dissolves from them have no slivers. Tolerances are in metres.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kinks } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { DATA_DIR, REPO_ROOT } from './paths.ts';
import { roundPositions } from './round.ts';
import { simplifyLine, simplifySharedRings } from './shared_arcs.ts';

export const DESA_TOLERANCE_M = 30;
export const WATERWAY_TOLERANCE_M = 30;
export const WATER_TOLERANCE_M = 8;
export const COASTLINE_TOLERANCE_M = 15;

type Props = Record<string, string | undefined>;

function read<G extends Geometry>(dir: string, name: string): Feature<G, Props>[] {
  return (JSON.parse(readFileSync(join(dir, name), 'utf8')) as FeatureCollection<G, Props>).features;
}

/** Rounds to 5 decimals and drops the repeated positions rounding makes. */
function rounded(line: Position[]): Position[] {
  const r = roundPositions(line);
  return r.filter((p, i) => i === 0 || p[0] !== r[i - 1]?.[0] || p[1] !== r[i - 1]?.[1]);
}

function polygonsOf(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function write(name: string, features: unknown[]): void {
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  writeFileSync(
    join(DATA_DIR, 'sources', name),
    `{"type":"FeatureCollection","attribution":"© OpenStreetMap contributors, ODbL","features":[\n${body}\n]}\n`,
  );
}

/** What a water body is, from its OSM `water=*` tag (`natural=water` alone is `water`). */
function waterKind(p: Props): string {
  const w = p.water;
  return w === 'lake' || w === 'reservoir' || w === 'pond' || w === 'basin' || w === 'river' || w === 'canal'
    ? w
    : 'water';
}

function main(): void {
  const dir = process.argv[2] ?? join(REPO_ROOT, '..', 'shared', 'data', 'buleleng', 'osm');

  const desa = read<MultiPolygon | Polygon>(dir, 'desa.geojson').sort((a, b) =>
    (a.properties.ref_kemendagri ?? '').localeCompare(b.properties.ref_kemendagri ?? ''),
  );
  const shapes = desa.map((d) => polygonsOf(d.geometry));
  const counts = shapes.map((s) => s.length);
  // Valid after rounding to 5 decimals (as written): no ring crosses itself or another ring of its polygon.
  const simplified = simplifySharedRings(
    shapes.flat(),
    DESA_TOLERANCE_M,
    (p) => kinks({ type: 'Polygon', coordinates: p.map(rounded) }).features.length === 0,
  );
  let at = 0;
  write(
    'osm_desa.geojson',
    desa.map((d, i) => {
      const polys = simplified.slice(at, at + (counts[i] ?? 0)).map((p) => p.map(rounded));
      at += counts[i] ?? 0;
      return {
        type: 'Feature',
        properties: {
          code: d.properties.ref_kemendagri,
          name: d.properties.name,
          postalCode: d.properties.postal_code ?? null,
          wikidata: d.properties.wikidata ?? null,
        },
        geometry: { type: 'MultiPolygon', coordinates: polys },
      };
    }),
  );

  write(
    'osm_waterways.geojson',
    read<Geometry>(dir, 'waterways.geojson').map((w) => {
      const g = w.geometry;
      const lines =
        g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
      const parts = lines
        .map((l) => rounded(simplifyLine(l, WATERWAY_TOLERANCE_M)))
        .filter((l) => l.length >= 2);
      return {
        type: 'Feature',
        properties: {
          kind: w.properties.waterway,
          name: w.properties.name ?? null,
          intermittent: w.properties.intermittent === 'yes',
          tunnel: w.properties.tunnel !== undefined,
        },
        geometry:
          parts.length === 1
            ? { type: 'LineString', coordinates: parts[0] }
            : { type: 'MultiLineString', coordinates: parts },
      };
    }),
  );

  write(
    'osm_water.geojson',
    read<MultiPolygon | Polygon>(dir, 'water.geojson').map((w) => ({
      type: 'Feature',
      properties: { kind: waterKind(w.properties), name: w.properties.name ?? null },
      geometry: {
        type: 'MultiPolygon',
        coordinates: polygonsOf(w.geometry).map((p) =>
          p.map((r) => {
            const s = rounded(simplifyLine(r, WATER_TOLERANCE_M));
            return s.length >= 4 ? s : rounded(r);
          }),
        ),
      },
    })),
  );

  write(
    'osm_coastline.geojson',
    read<Geometry>(dir, 'coastline.geojson').flatMap((c) => {
      const g = c.geometry;
      const lines =
        g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
      return lines.map((l) => ({
        type: 'Feature',
        properties: {},
        geometry: { type: 'LineString', coordinates: rounded(simplifyLine(l, COASTLINE_TOLERANCE_M)) },
      }));
    }),
  );
  console.log(`desa ${desa.length}, tolerance ${DESA_TOLERANCE_M} m`);
}

main();
