import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { type Database, roads } from '@siaga/db';
import { buildGraph, EngineNetwork, edgeCount, nodeCount, type RoadGraph, serializeGraph } from '@siaga/geo';
import type { BBox } from '@siaga/schema';

/** The road graph built from one state of the roads table, and what is derived from it on demand. */
export interface NetworkSnapshot {
  /** Changes whenever the roads change; the ETag of graph.bin. */
  version: string;
  graph: RoadGraph;
  roads: number;
  nodes: number;
  edges: number;
  bbox: BBox | null;
  builtAt: string;
  buildMs: number;
  /** serializeGraph's bytes, made on first use. */
  graphBytes(): ArrayBuffer;
  /** The same bytes gzipped (what the browser downloads), made on first use off the event loop. */
  graphGzip(): Promise<Uint8Array<ArrayBuffer>>;
  /** The engine on this graph: weights, workspace and the coverage models per areas and profile. */
  engine: EngineNetwork;
}

const gzipAsync = promisify(gzip);

/** Loads every road (ordered by sourceId, so equal tables give equal graphs) and builds the graph. */
export async function buildSnapshot(database: Database, signature: string): Promise<NetworkSnapshot> {
  const started = performance.now();
  const features = await roads.list(database.db);
  const graph = buildGraph(features);
  const buildMs = performance.now() - started;
  let bytes: ArrayBuffer | undefined;
  let gzipped: Promise<Uint8Array<ArrayBuffer>> | undefined;
  const version = createHash('sha256').update(signature).digest('hex').slice(0, 16);
  return {
    version,
    graph,
    roads: features.length,
    nodes: nodeCount(graph),
    edges: edgeCount(graph),
    bbox: bboxOf(graph.coords),
    builtAt: new Date().toISOString(),
    buildMs,
    graphBytes: () => {
      bytes ??= serializeGraph(graph);
      return bytes;
    },
    graphGzip: () => {
      bytes ??= serializeGraph(graph);
      const raw = new Uint8Array(bytes);
      // Copied once out of node's Buffer pool into an ArrayBuffer of its own, as a response body wants.
      gzipped ??= gzipAsync(raw).then((b) => new Uint8Array(b));
      return gzipped;
    },
    engine: new EngineNetwork(graph, version),
  };
}

function bboxOf(coords: Float64Array): BBox | null {
  if (coords.length < 2) return null;
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (let i = 0; i < coords.length; i += 2) {
    const lon = coords[i] ?? 0;
    const lat = coords[i + 1] ?? 0;
    if (lon < w) w = lon;
    if (lon > e) e = lon;
    if (lat < s) s = lat;
    if (lat > n) n = lat;
  }
  return [w, s, e, n];
}
