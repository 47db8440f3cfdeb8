import { gunzipSync, gzipSync } from 'node:zlib';
import {
  buildCoverageModel,
  type CoveragePost,
  closestFacility,
  computeCoverage,
  contractHierarchy,
  createWorkspace,
  deserializeGraph,
  edgeCount,
  type Facility,
  FIRE_ENGINE,
  hierarchySearches,
  isochrone,
  nodeCount,
  type RoadGraph,
  serializeGraph,
  weightsFor,
} from '@siaga/geo';
import { prng } from '../test/unit/geo/random_network.ts';
import { type CoverageStudy, candidatePost } from './coverage.ts';
import { ms, time } from './timing.ts';

/** Bali is about 300,000 road nodes: a 548 x 548 generated grid has 300,267. */
export const BALI_GRID_SIZE = 548;
/** The smoke run's generated network: 120 x 120, about 14,000 nodes, so CI stays quick. */
export const SMOKE_GRID_SIZE = 120;

/** One network's row of the scale table. */
export interface ScaleRow {
  name: string;
  nodes: number;
  edges: number;
  bytes: number;
  gzipBytes: number;
  gunzipMs: number;
  loadMs: number;
  /** Building the fire engine's contraction hierarchy, once. */
  hierarchyMs: number;
  shortcuts: number;
  closestP50: number;
  closestP99: number;
  /** The plain search, the reference the hierarchy is tested against. */
  plainClosestP50: number;
  isochroneP50: number;
  whatIfP50: number;
}

/** How many times each measure runs; the 300 k network gets fewer runs than the small ones. */
export interface ScaleRuns {
  load: number;
  closest: number;
  coverage: number;
}

/** A point within ~100 m of a random road node, as the routing section draws them. */
export function randomNodePoint(g: RoadGraph, rnd: () => number): number[] {
  const n = Math.floor(rnd() * nodeCount(g));
  return [(g.nodeLon[n] ?? 0) + (rnd() - 0.5) * 0.002, (g.nodeLat[n] ?? 0) + (rnd() - 0.5) * 0.002];
}

/** 64 incidents, each with 10 posts at random road points anywhere on the network. */
export function closestCases(
  g: RoadGraph,
  rnd: () => number,
): { incident: number[]; facilities: Facility[] }[] {
  return Array.from({ length: 64 }, () => ({
    incident: randomNodePoint(g, rnd),
    facilities: Array.from(
      { length: 10 },
      (_, i): Facility => ({ id: `post-${i}`, point: randomNodePoint(g, rnd), turnoutSeconds: 60 + 10 * i }),
    ),
  }));
}

/**
 * What the scale targets name, on one network: the graph the browser downloads (bytes, gzipped, the time
 * to gunzip and to decode it), closest facility (10 posts, k = 3, with routes), one post's isochrone and the
 * planner's what-if (travel-time coverage of all posts + a candidate).
 */
export function measureScale(name: string, study: CoverageStudy, runs: ScaleRuns): ScaleRow {
  const g = study.input.graph;
  const buffer = serializeGraph(g);
  const gz = gzipSync(new Uint8Array(buffer));
  const gunzip = time(() => gunzipSync(gz), runs.load, 0);
  const load = time(() => deserializeGraph(buffer), runs.load, runs.load > 1 ? 1 : 0);

  const cases = closestCases(g, prng(7));
  const ws = createWorkspace(g);
  const hierarchyAt = performance.now();
  const ch = contractHierarchy(g, weightsFor(g, FIRE_ENGINE).edgeSeconds);
  const hierarchyMs = performance.now() - hierarchyAt;
  const searches = hierarchySearches(ch);
  const closestBy = (options: Parameters<typeof closestFacility>[4]) =>
    time(
      (i) => {
        const c = cases[i % cases.length];
        if (c) closestFacility(g, FIRE_ENGINE, c.incident, c.facilities, { k: 3, ...options });
      },
      runs.closest,
      Math.ceil(runs.closest / 10),
    );
  const cf = closestBy({ hierarchy: searches });
  const plain = closestBy({ workspace: ws });

  const model = buildCoverageModel(study.input, { profile: FIRE_ENGINE });
  const rnd = prng(42);
  const candidate = (): CoveragePost => candidatePost(model.grid, rnd);
  const warm = Math.ceil(runs.coverage / 10);
  const iso = time(
    (i) => isochrone(model, study.posts[i % study.posts.length] as CoveragePost),
    runs.coverage,
    warm,
  );
  const whatIf = time(
    () => computeCoverage(model, [...study.posts, candidate()], { modes: ['travel_time'] }),
    runs.coverage,
    warm,
  );
  return {
    name,
    nodes: nodeCount(g),
    edges: edgeCount(g),
    bytes: buffer.byteLength,
    gzipBytes: gz.byteLength,
    gunzipMs: gunzip.p50,
    loadMs: load.p50,
    hierarchyMs,
    shortcuts: ch.shortcuts,
    closestP50: cf.p50,
    closestP99: cf.p99,
    plainClosestP50: plain.p50,
    isochroneP50: iso.p50,
    whatIfP50: whatIf.p50,
  };
}

const mb = (bytes: number): string => (bytes / 1e6).toFixed(bytes < 1e6 ? 3 : 1);

/** The scale section: one column per network, the targets in the last column; Markdown lines. */
export function scaleLines(rows: readonly ScaleRow[], runs: ScaleRuns, note: string): string[] {
  const row = (label: string, cell: (r: ScaleRow) => string, target: string): string =>
    `| ${label} | ${rows.map(cell).join(' | ')} | ${target} |`;
  return [
    '## Scale: the graph the browser loads, and the engine at the size of Bali',
    '',
    note,
    `Load and gunzip: p50 of ${runs.load} runs; closest facility: ${runs.closest} runs on 64 seeded incidents, ` +
      `each with 10 posts at random road points anywhere on the network; isochrone and what-if: ${runs.coverage} ` +
      'runs on the study area (the seed\'s own, else built from the roads as for Andorra). "Load" is ' +
      "`deserializeGraph` in Node, the Worker's decoding step; the browser gunzips while it downloads. The " +
      'API and the Worker build the hierarchies in slices of 8 ms between questions, and closest facility uses ' +
      'the plain search until they are built (and whenever a road is closed).',
    '',
    `| measure | ${rows.map((r) => r.name).join(' | ')} | target at 300 k nodes |`,
    `|---|${rows.map(() => '---|').join('')}---|`,
    row('road nodes / directed edges', (r) => `${r.nodes} / ${r.edges}`, ''),
    row('graph.bin (MB)', (r) => mb(r.bytes), ''),
    row('graph.bin gzipped (MB)', (r) => mb(r.gzipBytes), '< 30'),
    row('gunzip in Node (ms, p50)', (r) => ms(r.gunzipMs), ''),
    row('load: decode graph.bin (ms, p50)', (r) => ms(r.loadMs), '< 1,000'),
    row(
      'contraction hierarchy, fire engine: build once (s) / shortcuts',
      (r) => `${(r.hierarchyMs / 1000).toFixed(1)} / ${r.shortcuts}`,
      '',
    ),
    row(
      'closest facility on the hierarchy, 10 posts, k=3, with routes (ms, p50)',
      (r) => ms(r.closestP50),
      '<= 5 (seed <= 1)',
    ),
    row('… the same (ms, p99)', (r) => ms(r.closestP99), ''),
    row('… the plain search, the reference (ms, p50)', (r) => ms(r.plainClosestP50), ''),
    row('isochrone of one post, 5/10/15 min (ms, p50)', (r) => ms(r.isochroneP50), '<= 30'),
    row('what-if: travel-time coverage of all posts + candidate (ms, p50)', (r) => ms(r.whatIfP50), '<= 100'),
    '',
  ];
}
