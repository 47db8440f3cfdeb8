import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serializeGraph } from '@siaga/geo';
import { chromium } from 'playwright-core';
import { build, type Rollup } from 'vite';
import { CHROMIUM } from '../test/e2e/support/browser_harness.ts';
import { randomNetwork } from '../test/unit/geo/random_network.ts';
import { BALI_GRID_SIZE } from './scale.ts';
import { percentiles } from './timing.ts';

/**
 * `node --import tsx bench/browser_graph_load.ts [grid size] [runs]`: how long Chromium's Web Worker takes to
 * load graph.bin of a generated network (Bali's size by default) as the web app's Worker does: fetch it gzipped
 * from a local server (the browser inflates it while it downloads) and decode it with `deserializeGraph`.
 * Prints a Markdown row for BENCHMARKS.md's part measured outside `npm run bench`.
 */
const size = Number(process.argv[2] ?? BALI_GRID_SIZE);
const runs = Number(process.argv[3] ?? 5);
const root = join(import.meta.dirname, '..');

/** The Worker: one fetch and one decode per message, timed inside the Worker. */
const WORKER = `
import { deserializeGraph } from ${JSON.stringify(join(root, 'packages/geo/src/graph/serialize_graph.ts'))};
self.onmessage = async (e) => {
  const t0 = performance.now();
  const res = await fetch(e.data);
  const buffer = await res.arrayBuffer();
  const t1 = performance.now();
  const graph = deserializeGraph(buffer);
  const t2 = performance.now();
  self.postMessage({ fetchMs: t1 - t0, decodeMs: t2 - t1, nodes: graph.nodeLon.length, bytes: buffer.byteLength });
};`;

/** Page script (the bench's types have no DOM): start the Worker, hand it graph.bin's URL, await its timings. */
const LOAD_IN_WORKER = `new Promise((resolve) => {
  const w = new Worker(BASE + '/worker.js', { type: 'module' });
  w.onmessage = (e) => { w.terminate(); resolve(e.data); };
  w.postMessage(BASE + '/graph.bin');
})`;

interface LoadTiming {
  fetchMs: number;
  decodeMs: number;
  nodes: number;
  bytes: number;
}

function loadTiming(data: unknown): LoadTiming {
  const d = (data ?? {}) as Partial<Record<keyof LoadTiming, unknown>>;
  const num = (v: unknown): number => {
    if (typeof v !== 'number') throw new Error(`the Worker answered ${JSON.stringify(data)}`);
    return v;
  };
  return { fetchMs: num(d.fetchMs), decodeMs: num(d.decodeMs), nodes: num(d.nodes), bytes: num(d.bytes) };
}

async function bundleWorker(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    plugins: [
      {
        name: 'graph-load-worker',
        resolveId: (id) => (id === 'virtual:graph-load-worker' ? id : null),
        load: (id) => (id === 'virtual:graph-load-worker' ? WORKER : null),
      },
    ],
    build: {
      write: false,
      minify: true,
      rollupOptions: { input: 'virtual:graph-load-worker', output: { format: 'es' } },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Rollup.RollupOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (chunk === undefined || chunk.type !== 'chunk') throw new Error('the Worker bundle is empty');
  return chunk.code;
}

const graph = randomNetwork(2026, size).graph;
const raw = new Uint8Array(serializeGraph(graph));
const gz = gzipSync(raw);
const worker = await bundleWorker();
const page = '<!doctype html><meta charset="utf-8"><title>graph load</title>';
const server = createServer((req, res) => {
  if (req.url === '/graph.bin') {
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-encoding': 'gzip' });
    res.end(gz);
  } else if (req.url === '/worker.js') {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(worker);
  } else {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(page);
  }
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless'] });
try {
  const tab = await browser.newPage();
  await tab.goto(base);
  const timings: LoadTiming[] = [];
  for (let i = 0; i < runs; i++) {
    timings.push(loadTiming(await tab.evaluate(LOAD_IN_WORKER.replaceAll('BASE', JSON.stringify(base)))));
  }
  const fetchP = percentiles(timings.map((t) => t.fetchMs));
  const decodeP = percentiles(timings.map((t) => t.decodeMs));
  const totalP = percentiles(timings.map((t) => t.fetchMs + t.decodeMs));
  const version = browser.version();
  console.log(
    `| Chromium ${version} Worker, generated ${size} x ${size} grid (${timings[0]?.nodes} nodes), graph.bin ` +
      `${(raw.byteLength / 1e6).toFixed(1)} MB, ${(gz.byteLength / 1e6).toFixed(1)} MB gzipped, ${runs} runs, ` +
      `load average ${loadavg()
        .map((x) => x.toFixed(1))
        .join(', ')} | fetch + inflate ${fetchP.p50.toFixed(0)} ms, decode ${decodeP.p50.toFixed(0)} ms, ` +
      `total ${totalP.p50.toFixed(0)} ms (p50) | < 1,000 ms |`,
  );
} finally {
  await browser.close();
  server.close();
}
