import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import {
  buildCoverageModel,
  buildGraph,
  type CoveragePost,
  computeCoverage,
  FIRE_ENGINE,
  isochrone,
  readGeoJsonRoads,
} from '@siaga/geo';
import { wmkRadiusAreaTurf } from '../packages/geo/src/coverage/wmk_radius_turf.ts';
import { prng } from '../test/unit/geo/random_network.ts';
import { time } from './timing.ts';

const root = join(import.meta.dirname, '..');
const SECTION = '## Coverage and isochrones (demo seed)';

const ms = (x: number): string => (x < 10 ? x.toFixed(3) : x.toFixed(1));
const read = (name: string): { features: never[] } =>
  JSON.parse(readFileSync(join(root, 'data', name), 'utf8'));

/**
 * Benchmarks the planner's what-if on the demo seed (data/*.geojson) and returns a Markdown section. The bench
 * runner (bench/run.ts) can append these lines to BENCHMARKS.md; run alone, this file writes the section itself.
 */
export function coverageBenchLines(smoke: boolean): string[] {
  const lines: string[] = [SECTION, ''];
  for (const f of ['roads.geojson', 'admin_areas.geojson', 'posts.geojson']) {
    if (!existsSync(join(root, 'data', f))) return [...lines, `Skipped: data/${f} absent.`, ''];
  }
  const runs = smoke ? 1 : 200;
  const warmup = smoke ? 0 : 20;
  const graph = buildGraph(readGeoJsonRoads(read('roads.geojson')).roads);
  const input = {
    graph,
    adminAreas: read('admin_areas.geojson').features,
    hazardZones: existsSync(join(root, 'data', 'hazard_zones.geojson'))
      ? read('hazard_zones.geojson').features
      : [],
    ...(existsSync(join(root, 'data', 'desa_points.geojson'))
      ? { desaPoints: read('desa_points.geojson').features }
      : {}),
  };
  const build = time(() => buildCoverageModel(input, { profile: FIRE_ENGINE }), smoke ? 1 : 5, smoke ? 0 : 1);
  const model = buildCoverageModel(input, { profile: FIRE_ENGINE });
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
  // The candidate the planner drags: a new random spot on land each run, so nothing is cached between runs.
  const rnd = prng(42);
  const land = model.grid.landCells;
  const candidates = Array.from({ length: 64 }, (): CoveragePost => {
    const c = land[Math.floor(rnd() * land.length)] ?? 0;
    const col = c % model.grid.cols;
    const row = (c - col) / model.grid.cols;
    return {
      id: 'candidate',
      position: [
        model.grid.lon0 + (model.grid.x0 + (col + 0.5) * model.grid.cellSizeM) / model.grid.mx,
        model.grid.lat0 + (model.grid.y0 + (row + 0.5) * model.grid.cellSizeM) / model.grid.my,
      ],
      turnoutSeconds: 120,
    };
  });
  const withCandidate = (i: number): CoveragePost[] => [
    ...posts,
    candidates[i % candidates.length] as CoveragePost,
  ];
  const whatIf = time(
    (i) => computeCoverage(model, withCandidate(i), { modes: ['travel_time'] }),
    runs,
    warmup,
  );
  const full = time((i) => computeCoverage(model, withCandidate(i)), runs, warmup);
  const iso = time((i) => isochrone(model, posts[i % posts.length] as CoveragePost), runs, warmup);
  const rule = { radiusM: 7_500, builtUpRadiusM: 7_500 };
  const gridRadius = time(
    () => computeCoverage(model, posts, { modes: ['wmk_radius'], gaps: false, wmk: rule }),
    runs,
    warmup,
  );
  const kabupaten = input.adminAreas.find(
    (a: { properties: { level: string } }) => a.properties.level === 'kabupaten',
  ) as { geometry: Parameters<typeof wmkRadiusAreaTurf>[0] } | undefined;
  const turfRuns = smoke ? 1 : 10;
  const turf =
    kabupaten === undefined
      ? null
      : time(() => wmkRadiusAreaTurf(kabupaten.geometry, posts, rule.radiusM), turfRuns, smoke ? 0 : 2);
  const gridKm2 =
    computeCoverage(model, posts, { modes: ['wmk_radius'], gaps: false, wmk: rule }).wmkRadius?.levels[0]
      ?.coveredAreaKm2 ?? NaN;
  const turfKm2 =
    kabupaten === undefined ? NaN : wmkRadiusAreaTurf(kabupaten.geometry, posts, rule.radiusM).areaKm2;

  const cpu = /model name\s*:\s*(.*)/.exec(
    existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '',
  )?.[1];
  lines.push(
    `Machine: ${availableParallelism()} CPUs (nproc), ${cpu ?? 'unknown CPU'}, Node ${process.version}. ` +
      `Run alone: \`node --import tsx bench/coverage.ts\` (${runs} timed runs after ${warmup} warm-up; \`--smoke\` once).`,
    '',
    `Grid ${model.grid.cols} x ${model.grid.rows} cells of ${model.grid.cellSizeM} m, ${land.length} on land; ` +
      `${posts.length} seed posts (+1 candidate moved each run); ${model.hazards.length} hazard layers; fire engine profile. ` +
      `The demo network is small (${graph.nodeLon.length} nodes), so the search costs almost nothing here and the ` +
      'O(cells) work dominates; a full OSM network adds one multi-source search per mode (see the routing tables).',
    '',
    '| measure | p50 | p99 | target |',
    '|---|---|---|---|',
    `| build coverage model, once per graph (ms) | ${ms(build.p50)} | ${ms(build.p99)} | |`,
    `| what-if: travel-time coverage of all posts + candidate, 3 thresholds, gaps, population, hazard area (ms) | ${ms(whatIf.p50)} | ${ms(whatIf.p99)} | <= 30 |`,
    `| full report: travel time + WMK radius + WMK network, all with gaps (ms) | ${ms(full.p50)} | ${ms(full.p99)} | |`,
    `| isochrone of one post, 5/10/15 min polygons (ms) | ${ms(iso.p50)} | ${ms(iso.p99)} | <= 20 |`,
    `| WMK 7.5 km radius coverage on the grid, no gaps (ms) | ${ms(gridRadius.p50)} | ${ms(gridRadius.p99)} | |`,
    `| WMK 7.5 km radius, Turf buffer + union + intersect with land (ms, ${turfRuns} runs) | ${turf === null ? 'n/a' : ms(turf.p50)} | ${turf === null ? 'n/a' : ms(turf.p99)} | reference |`,
    '',
    `Turf / grid time ratio (p50): ${turf === null ? 'n/a' : (turf.p50 / gridRadius.p50).toFixed(0)}x. ` +
      `Covered area: grid ${gridKm2.toFixed(1)} km², Turf ${turfKm2.toFixed(1)} km² ` +
      `(difference ${(((gridKm2 - turfKm2) / turfKm2) * 100).toFixed(2)} %).`,
    '',
  );
  return lines;
}

/** Replaces this benchmark's section of BENCHMARKS.md (or appends it), leaving the other sections alone. */
function writeSection(lines: string[]): void {
  const path = join(root, 'BENCHMARKS.md');
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n\n';
  const start = text.indexOf(SECTION);
  const section = `${lines.join('\n')}\n`;
  if (start < 0) {
    writeFileSync(path, `${text.trimEnd()}\n\n${section}`);
    return;
  }
  const next = text.indexOf('\n## ', start + SECTION.length);
  writeFileSync(path, text.slice(0, start) + section + (next < 0 ? '' : text.slice(next + 1)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const smoke = process.argv.includes('--smoke');
  const lines = coverageBenchLines(smoke);
  for (const l of lines) console.log(l);
  if (smoke) console.log('smoke run: BENCHMARKS.md not written');
  else writeSection(lines);
}
