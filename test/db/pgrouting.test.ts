import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildGraph,
  computeEdgeWeights,
  createWorkspace,
  type EdgeWeights,
  FIRE_ENGINE,
  nodeCount,
  type RoadGraph,
  readOsmPbf,
  resetWorkspace,
  runSearch,
  seed,
} from '@siaga/geo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realDataDir } from '../support/real_data.ts';
import { prng } from '../unit/geo/random_network.ts';
import { createScratchDatabase, loadEdges, pgrCosts } from './pgrouting_graph.ts';

const url = process.env.DATABASE_URL;
const dir = realDataDir();
if (!url) console.warn('pgrouting.test.ts skipped: DATABASE_URL is not set (CI sets it)');
else if (dir === null)
  console.warn('pgrouting.test.ts skipped: real data folder absent (set SIAGA_REAL_DATA)');

describe.skipIf(!url || dir === null)('shortest paths agree with pgRouting on the Andorra graph', () => {
  // Read in beforeAll: a skipped describe's body still runs while Vitest collects it, and a newcomer has no file.
  let graph: RoadGraph;
  let weights: EdgeWeights;
  let db: Awaited<ReturnType<typeof createScratchDatabase>>;

  beforeAll(async () => {
    graph = buildGraph(
      readOsmPbf(new Uint8Array(readFileSync(join(dir ?? '', 'osm', 'andorra.osm.pbf')))).roads,
    );
    weights = computeEdgeWeights(graph, FIRE_ENGINE);
    db = await createScratchDatabase(url ?? '');
    await loadEdges(db.sql, graph, weights);
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('matches pgr_dijkstraCost (directed) within 0.1 % on 250 seeded reachable node pairs', async () => {
    const rnd = prng(2024);
    const ws = createWorkspace(graph);
    const pairs: [number, number][] = [];
    const ours: number[] = [];
    const n = nodeCount(graph);
    for (let tries = 0; pairs.length < 250 && tries < 10_000; tries++) {
      const s = Math.floor(rnd() * n);
      const t = Math.floor(rnd() * n);
      resetWorkspace(ws);
      seed(ws, s, 0);
      runSearch(graph, ws, {
        edgeSeconds: weights.edgeSeconds,
        closedLinks: null,
        direction: 'forward',
        cutoffS: Infinity,
      });
      const d = ws.dist[t] ?? Infinity;
      if (s === t || !Number.isFinite(d)) continue;
      pairs.push([s, t]);
      ours.push(d);
    }
    expect(pairs.length).toBe(250);
    const theirs = await pgrCosts(db.sql, pairs);
    let worst = 0;
    ours.forEach((d, i) => {
      const p = theirs[i] ?? Infinity;
      worst = Math.max(worst, Math.abs(d - p) / p);
      expect(Math.abs(d - p)).toBeLessThanOrEqual(p * 0.001);
    });
    console.info(
      `pgRouting agreement: ${pairs.length} pairs, worst relative difference ${worst.toExponential(2)}`,
    );
  });
});
