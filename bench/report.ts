import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '@siaga/api';
import { loadSeedIfEmpty, openDatabase } from '@siaga/db';
import { ms, timeAsync } from './timing.ts';

/**
 * `node --import tsx bench/report.ts [runs]`: the officials' coverage report on the demo seed in an embedded
 * database, through the app in process (no socket): medians and p99 of the JSON, the kecamatan CSV and the
 * Indonesian PDF, each after one warm-up (which builds the road graph and the coverage model on the engine thread).
 */
const runs = Number(process.argv[2] ?? 9);
const dir = await mkdtemp(join(tmpdir(), 'siaga-bench-report-'));
const database = await openDatabase({ dataDir: dir, log: () => {} });
try {
  await loadSeedIfEmpty(database);
  const app = createApp({ database, log: () => {}, anonymousRead: true });
  const fetchOk = async (path: string) => {
    const res = await app.request(path);
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.arrayBuffer()).byteLength;
  };
  const t0 = performance.now();
  await fetchOk('/api/reports/coverage');
  const first = performance.now() - t0;
  const sizes: Record<string, number> = {};
  const lines = [`machine: ${cpus()[0]?.model ?? '?'}, ${availableParallelism()} CPUs; ${runs} runs each`];
  lines.push(`first JSON (graph and coverage model built): ${ms(first)} ms`);
  for (const path of [
    '/api/reports/coverage',
    '/api/reports/coverage.csv?level=desa',
    '/api/reports/coverage.pdf?lang=id',
  ]) {
    const t = await timeAsync(
      async () => {
        sizes[path] = await fetchOk(path);
      },
      runs,
      1,
    );
    lines.push(
      `${path}: p50 ${ms(t.p50)} ms, p99 ${ms(t.p99)} ms, ${Math.round((sizes[path] ?? 0) / 1024)} KiB`,
    );
  }
  console.log(lines.join('\n'));
} finally {
  await database.close();
  await rm(dir, { recursive: true, force: true });
}
