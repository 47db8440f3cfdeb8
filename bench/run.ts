import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import {
  buildGraph,
  closestFacility,
  computeEdgeWeights,
  createWorkspace,
  edgeCount,
  type Facility,
  FIRE_ENGINE,
  graphByteSize,
  nodeCount,
  type ReadRoadsResult,
  type RoadGraph,
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
import { prng } from '../test/unit/geo/random_network.ts';
import { coverageBenchLines } from './coverage.ts';
import { time, timeAsync } from './timing.ts';

const smoke = process.argv.includes('--smoke');
const RUNS = smoke ? 1 : 500;
const WARMUP = smoke ? 0 : 50;
const root = join(import.meta.dirname, '..');
const lines: string[] = [];
const out = (s: string): void => {
  console.log(s);
  lines.push(s);
};
const ms = (x: number): string => (x < 10 ? x.toFixed(3) : x.toFixed(1));

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
out('# Benchmarks: @siaga/geo routing');
out('');
out(`Machine: ${availableParallelism()} CPUs (nproc), ${cpu ?? 'unknown CPU'}, Node ${process.version}.`);
out(`Run: \`npm run bench\` (${RUNS} timed runs after ${WARMUP} warm-up runs; \`--smoke\` runs each once).`);
out('Times are milliseconds, single thread; p50 = median.');
out('');

function randomNodePoint(g: RoadGraph, rnd: () => number): number[] {
  const n = Math.floor(rnd() * nodeCount(g));
  return [(g.nodeLon[n] ?? 0) + (rnd() - 0.5) * 0.002, (g.nodeLat[n] ?? 0) + (rnd() - 0.5) * 0.002];
}

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
  const cases = Array.from({ length: 64 }, () => ({
    incident: randomNodePoint(g, rnd),
    facilities: Array.from(
      { length: 10 },
      (_, i): Facility => ({ id: `post-${i}`, point: randomNodePoint(g, rnd), turnoutSeconds: 60 + 10 * i }),
    ),
  }));
  const cf = time(
    (i) => {
      const c = cases[i % cases.length];
      if (c) closestFacility(g, w, c.incident, c.facilities, { k: 3, workspace: ws });
    },
    RUNS,
    WARMUP,
  );
  out(
    `| closest facility, 10 posts, k=3, with routes (ms) | ${ms(cf.p50)} | ${ms(cf.p99)} | p50 <= 1, p99 <= 5 |`,
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
    } finally {
      await db.drop();
    }
  }
  out('');
}

for (const line of coverageBenchLines(smoke)) out(line);

if (smoke) console.log('smoke run: BENCHMARKS.md not written');
else writeFileSync(join(root, 'BENCHMARKS.md'), `${lines.join('\n')}\n`);
