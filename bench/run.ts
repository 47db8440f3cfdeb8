import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import {
  buildGraph,
  closestFacility,
  computeEdgeWeights,
  contractHierarchy,
  createWorkspace,
  edgeCount,
  FIRE_ENGINE,
  graphByteSize,
  hierarchySearches,
  nodeCount,
  type ReadRoadsResult,
  readGeoJsonRoads,
  readOsmPbf,
  resetWorkspace,
  runSearch,
  seed,
  serializeGraph,
  travelTimeMatrix,
} from '@siaga/geo';
import { createScratchDatabase, loadEdges, pgrCosts } from '../test/db/pgrouting_graph.ts';
import { realDataDir } from '../test/support/real_data.ts';
import { prng, randomNetwork } from '../test/unit/geo/random_network.ts';
import { andorraStudy } from './andorra_study.ts';
import { type CoverageStudy, coverageBenchLines } from './coverage.ts';
import { gazetteerBenchLines } from './gazetteer.ts';
import { graphStudy } from './graph_study.ts';
import { keptSections } from './kept_sections.ts';
import { prepositioningBenchLines } from './prepositioning.ts';
import {
  BALI_GRID_SIZE,
  closestCases,
  measureScale,
  randomNodePoint,
  SMOKE_GRID_SIZE,
  scaleLines,
} from './scale.ts';
import { seedStudy } from './seed_study.ts';
import { sitingBenchLines } from './siting.ts';
import { bytesPerCall, ms, percentiles, splitByGc, time, timeAsync, watchGc } from './timing.ts';

const smoke = process.argv.includes('--smoke');
// Per-call routing timings take 5,000 runs: p99 is then the 50th slowest call, not the 5th, which one stray
// pause on a shared 2-CPU machine would otherwise decide.
const RUNS = smoke ? 1 : 5_000;
const WARMUP = smoke ? 0 : 200;
const root = join(import.meta.dirname, '..');
const lines: string[] = [];
const out = (s: string): void => {
  console.log(s);
  lines.push(s);
};

interface Network {
  name: string;
  read: () => ReadRoadsResult;
}

const networks: Network[] = [];
const dir = realDataDir();
if (dir === null) console.log('Andorra skipped: real data folder absent (set SIAGA_REAL_DATA)');
else {
  const bytes = new Uint8Array(readFileSync(join(dir, 'osm', 'andorra.osm.pbf')));
  networks.push({ name: 'Andorra (OSM PBF)', read: () => readOsmPbf(bytes) });
}
const seedRoads = join(root, 'data', 'roads.geojson');
if (!existsSync(seedRoads)) console.log('Demo seed network skipped: data/roads.geojson absent');
else {
  const fc = JSON.parse(readFileSync(seedRoads, 'utf8'));
  networks.push({ name: 'Buleleng demo seed (data/roads.geojson)', read: () => readGeoJsonRoads(fc) });
}

const cpu = /model name\s*:\s*(.*)/.exec(
  existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '',
)?.[1];
const load = loadavg().map((x) => x.toFixed(2));
out('# Benchmarks: @siaga/geo routing, coverage and isochrones');
out('');
out(
  `Machine: ${availableParallelism()} CPUs (nproc), ${cpu ?? 'unknown CPU'}, Node ${process.version}; ` +
    `load average at the start of the run ${load.join(', ')} (1, 5, 15 min).`,
);
out(
  `Run: \`npm run bench\` writes this file down to the kept part at the end (routing: ${RUNS} timed runs after ${WARMUP} warm-up runs per ` +
    'call measure; `--smoke` runs everything once and writes nothing). Both sides of every comparison are ' +
    'measured in the same run.',
);
out('Times are milliseconds, single thread; p50 = median.');
out('');

for (const net of networks) {
  out(`## ${net.name}`);
  out('');
  const read = time(() => net.read(), smoke ? 1 : 10, smoke ? 0 : 2);
  const { roads, summary } = net.read();
  const build = time(() => buildGraph(roads), smoke ? 1 : 20, smoke ? 0 : 3);
  const g = buildGraph(roads);
  const bytes = serializeGraph(g).byteLength;
  const w = computeEdgeWeights(g, FIRE_ENGINE);
  out(
    `Roads kept ${summary.kept} of ${summary.waysRead} ways; ${nodeCount(g)} nodes, ${edgeCount(g)} directed edges.`,
  );
  out('');
  out('| measure | p50 | p99 | target |');
  out('|---|---|---|---|');
  out(`| read roads (ms) | ${ms(read.p50)} | ${ms(read.p99)} | |`);
  out(`| build graph (ms) | ${ms(build.p50)} | ${ms(build.p99)} | |`);
  out(`| typed arrays (bytes) | ${graphByteSize(g)} | | |`);
  out(`| serialised graph (bytes) | ${bytes} | | |`);
  const rnd = prng(7);
  const ws = createWorkspace(g);
  const cases = closestCases(g, rnd);
  const callCf = (i: number): void => {
    const c = cases[i % cases.length];
    if (c) closestFacility(g, w, c.incident, c.facilities, { k: 3, workspace: ws });
  };
  const gc = watchGc();
  const cf = time(callCf, RUNS, WARMUP);
  const split = splitByGc(cf, await gc.stop());
  const clean = percentiles(split.withoutGc);
  out(
    `| closest facility, 10 posts, k=3, with routes (ms) | ${ms(cf.p50)} | ${ms(cf.p99)} | p50 <= 1, p99 <= 5 |`,
  );
  out(
    `| … the same calls, leaving out the ${split.withGc.length} a GC pause overlapped (ms) | ${ms(clean.p50)} | ${ms(clean.p99)} | |`,
  );
  out(
    `| … young-generation bytes allocated per call (median) | ${bytesPerCall(callCf, smoke ? 1 : 640)} | | |`,
  );
  const hierarchyAt = performance.now();
  const searches = hierarchySearches(contractHierarchy(g, w.edgeSeconds));
  const hierarchyMs = performance.now() - hierarchyAt;
  const onHierarchy = time(
    (i) => {
      const c = cases[i % cases.length];
      if (c) closestFacility(g, w, c.incident, c.facilities, { k: 3, hierarchy: searches });
    },
    RUNS,
    WARMUP,
  );
  out(
    `| … on the contraction hierarchy (built once in ${ms(hierarchyMs)} ms) (ms) | ${ms(onHierarchy.p50)} | ${ms(onHierarchy.p99)} | |`,
  );
  const origins = Array.from({ length: 10 }, () => randomNodePoint(g, rnd));
  const dests = Array.from({ length: 100 }, () => randomNodePoint(g, rnd));
  const mx = time(
    () => travelTimeMatrix(g, w, origins, dests, { workspace: ws }),
    smoke ? 1 : 50,
    smoke ? 0 : 5,
  );
  out(`| travel-time matrix 10 x 100 (ms) | ${ms(mx.p50)} | ${ms(mx.p99)} | |`);
  const pairs: [number, number][] = Array.from({ length: 200 }, () => [
    Math.floor(rnd() * nodeCount(g)),
    Math.floor(rnd() * nodeCount(g)),
  ]);
  const one = time(
    (i) => {
      const p = pairs[i % pairs.length] ?? [0, 0];
      resetWorkspace(ws);
      seed(ws, p[0], 0);
      runSearch(g, ws, {
        edgeSeconds: w.edgeSeconds,
        closedLinks: null,
        direction: 'forward',
        cutoffS: Infinity,
        onSettle: (node) => node === p[1],
      });
    },
    RUNS,
    WARMUP,
  );
  out(`| node-to-node Dijkstra, ours (ms) | ${ms(one.p50)} | ${ms(one.p99)} | |`);
  const url = process.env.DATABASE_URL;
  if (!url) {
    out('| pgr_dijkstraCost per call | not run: DATABASE_URL unset | | |');
  } else {
    const db = await createScratchDatabase(url);
    try {
      await loadEdges(db.sql, g, w);
      const pgRuns = smoke ? 1 : 100;
      const pg = await timeAsync(
        async (i) => {
          await pgrCosts(db.sql, [pairs[i % pairs.length] ?? [0, 1]]);
        },
        pgRuns,
        smoke ? 0 : 10,
      );
      out(
        `| pgr_dijkstraCost per call, same graph, incl. round trip (ms) | ${ms(pg.p50)} | ${ms(pg.p99)} | |`,
      );
      out(
        `| pgr_dijkstraCost / ours, per call (p50 ratio) | ${(pg.p50 / one.p50).toFixed(0)}x | ${(pg.p99 / one.p99).toFixed(0)}x (p99) | |`,
      );
    } finally {
      await db.drop();
    }
  }
  out('');
}

const studies = [
  ...(dir === null
    ? []
    : [
        () =>
          andorraStudy(
            buildGraph(readOsmPbf(new Uint8Array(readFileSync(join(dir, 'osm', 'andorra.osm.pbf')))).roads),
          ),
      ]),
  seedStudy,
];
if (dir === null) out('Coverage on Andorra skipped: real data folder absent (set SIAGA_REAL_DATA).');
const scaleStudies: { name: string; study: CoverageStudy }[] = [];
for (const study of studies) {
  const s = study();
  if (typeof s === 'string') out(s);
  else {
    for (const line of coverageBenchLines(s, smoke)) out(line);
    scaleStudies.push({ name: s.title.startsWith('Andorra') ? 'Andorra' : 'Buleleng seed', study: s });
  }
}

const gridSize = smoke ? SMOKE_GRID_SIZE : BALI_GRID_SIZE;
const generatedAt = performance.now();
const generated = randomNetwork(2026, gridSize).graph;
const generateMs = performance.now() - generatedAt;
scaleStudies.push({
  name: `generated ${gridSize} x ${gridSize} grid`,
  study: graphStudy(generated, {
    title: `generated ${gridSize} x ${gridSize} grid`,
    code: '99.02',
    name: 'Generated network (study area)',
    population: 4_300_000,
    why: "Bali's size (about Bali's population), made by the property tests' generator.",
  }),
});
const scaleRuns = smoke ? { load: 1, closest: 1, coverage: 1 } : { load: 5, closest: 500, coverage: 50 };
const scaleRows = scaleStudies.map(({ name, study }) => measureScale(name, study, scaleRuns));
for (const line of scaleLines(
  scaleRows,
  scaleRuns,
  `The generated network is test/unit/geo/random_network.ts (the property tests' generator, seed 2026) at ` +
    `${gridSize} x ${gridSize} street nodes 220 m apart (${smoke ? 'the smoke size' : "about Bali's 300,000 road nodes"}; ` +
    `${ms(generateMs)} ms to generate and build). Its study area is built from the roads as for Andorra ` +
    '(hull + 500 m, 5 x 5 blocks, 4,300,000 people road-weighted, 10 posts at seeded random road nodes).',
)) {
  out(line);
}

for (const line of gazetteerBenchLines(smoke)) out(line);
for (const line of await sitingBenchLines(smoke)) out(line);
for (const line of await prepositioningBenchLines(smoke)) out(line);

if (smoke) console.log('smoke run: BENCHMARKS.md not written');
else {
  const path = join(root, 'BENCHMARKS.md');
  writeFileSync(path, `${lines.join('\n')}\n${keptSections(path)}`);
}
