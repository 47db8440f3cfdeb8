import type { BigGeometryRow } from './big_geometry.ts';
import type { CrashCycle } from './crash.ts';
import type { FuzzFigures } from './fuzz.ts';
import type { LoadRow } from './load.ts';
import type { OutageFigures } from './outage.ts';

export interface Figures {
  command: string;
  date: string;
  machine: string;
  settings: string;
  load: LoadRow[];
  bigGeometry: BigGeometryRow[];
  loadNote: string | null;
  outage: OutageFigures | null;
  outageNote: string | null;
  crash: CrashCycle[];
  fuzz: FuzzFigures | null;
}

/** What made the embedded database stall (issue 10), and what bounds it now; the same in every report. */
const embeddedFindings = [
  '## What stalls the embedded database',
  '',
  "- PGlite is one PostgreSQL backend compiled to WebAssembly, running on the API's main thread: every query runs",
  '  synchronously inside the event loop. While one runs, nothing else does: no other request is parsed, no health',
  '  answer is written. Its own mutex queued every caller without a bound, and a transaction (a create: geometry',
  '  check, inserts, read-back) held the connection across all its awaits.',
  '- A 5 MB polygon (about 130,000 positions) cost, all on the main thread: zod parsing every position (about 100 ms',
  '  per 20,000), JSON text to jsonb, ST_GeomFromGeoJSON, ST_IsValid/ST_MakeValid and the area on the spheroid, inside',
  '  that one transaction: the 10 s freeze. Now a feature is refused (422) above 20,000 positions or 2° across in one',
  '  pass over the raw arrays, before zod parses a position and before the database sees it.',
  '- Under coverage load, each coverage request blocked the event loop for its computation while list and health',
  "  queries piled up in PGlite's unbounded queue behind it (p99 12 s, health 20 s). Now a gate in front of the",
  '  connection (packages/db/src/pglite_gate.ts) lets at most 256 callers wait, none longer than 5 s, and answers',
  '  503 `unavailable` with Retry-After past either bound; /api/health does not queue (a running task younger than',
  '  2 s counts as up) and reads the PostGIS version once. Coverage, isochrones and matrices run on engine worker',
  '  threads (apps/api/src/network/engine_pool.ts), so their computation no longer blocks the event loop.',
  '',
];

const ms = (v: number) => (Number.isFinite(v) ? `${Math.round(v)} ms` : 'none');

/** Targets of issue 10 a load row misses, in words. */
function misses(row: LoadRow): string[] {
  const out: string[] = [];
  if (!row.scenario.includes('nearest') && row.p99 >= 50) out.push('p99 ≥ 50 ms');
  if (row.errors > 0) out.push(`${row.errors} errors`);
  if (row.health.failures > 0) out.push(`health failed ${row.health.failures}×`);
  return out;
}

/** What the run found that must fail the run (CI): 500s, writes lost, refused requests that stored something. */
export function failuresOf(f: Figures): string[] {
  const out: string[] = [];
  if (f.fuzz && f.fuzz.failures.length > 0)
    out.push(`fuzz: ${f.fuzz.failures.length}+ answers of 500 or none`);
  if (f.fuzz && f.fuzz.storedFromRefused > 0)
    out.push(`fuzz: ${f.fuzz.storedFromRefused} rows stored by refused requests`);
  if (f.outage && f.outage.lostWrites > 0)
    out.push(`outage: ${f.outage.lostWrites} acknowledged writes lost`);
  if (f.outage && f.outage.otherThan503 > 0)
    out.push(`outage: ${f.outage.otherThan503} answers other than 503`);
  const lostInCrash = f.crash.reduce((sum, c) => sum + c.lostWrites, 0);
  if (lostInCrash > 0) out.push(`crash: ${lostInCrash} acknowledged writes lost`);
  return out;
}

export function reportOf(f: Figures): string {
  const lines: string[] = [
    '# Reliability',
    '',
    `Measured by \`${f.command}\` (scripts/reliability) on ${f.date}. Everything runs on loopback against a server`,
    'started by the script (scripts/reliability/serve.ts: `npm start` without the web app); server PostgreSQL runs use scratch databases',
    'created and dropped by the script.',
    '',
    '## Machine',
    '',
    f.machine,
    '',
    f.settings,
    '',
    ...embeddedFindings,
    '## Load',
    '',
    'autocannon, 50 connections; meanwhile one client asks POST /api/coverage (travel time, 10 min) back to back and',
    'another GET /api/health every 500 ms. Targets: p99 under 50 ms for closest and lists, 0 errors, health answering',
    'throughout. Errors count connection errors, timeouts (10 s) and non-2xx answers.',
    '',
    '| database | route | requests | req/s | p50 | p99 | errors | coverage runs (p50 / max) | health p99 / max / failed | misses |',
    '|---|---|---:|---:|---:|---:|---:|---|---|---|',
    ...f.load.map(
      (r) =>
        `| ${r.target} | ${r.scenario} | ${r.requests} | ${r.throughput.toFixed(0)} | ${r.p50} ms | ${r.p99} ms | ${r.errors} | ` +
        `${r.coverage.count - r.coverage.failures} ok, ${r.coverage.failures} failed (${ms(r.coverage.p50)} / ${ms(r.coverage.max)}) | ` +
        `${ms(r.health.p99)} / ${ms(r.health.max)} / ${r.health.failures} | ${misses(r).join(', ') || 'none'} |`,
    ),
    ...(f.loadNote ? ['', f.loadNote] : []),
    '',
    '## One big geometry on the embedded database',
    '',
    'A hazard zone POSTed while /api/health is polled every 100 ms: the write time, and how long health waited.',
    '',
    '| geometry | body | status | write | health p50 / max |',
    '|---|---:|---:|---:|---|',
    ...f.bigGeometry.map(
      (b) =>
        `| ${b.what} | ${b.bodyMB.toFixed(1)} MB | ${b.status} | ${ms(b.ms)} | ${ms(b.health.p50)} / ${ms(b.health.max)} |`,
    ),
    '',
    '## Server database outage',
    '',
  ];
  if (f.outage) {
    const o = f.outage;
    lines.push(
      'The API reaches its scratch database through a loopback TCP proxy started by the script; the proxy is cut (every',
      'connection closed, new ones refused, as a stopped server does) for the outage and restored after it. 4 clients',
      'create incidents and 4 list posts throughout.',
      '',
      '| figure | value |',
      '|---|---|',
      `| outage | ${o.outageS} s |`,
      `| time to fail (cut to first 503) | ${ms(o.timeToFailMs)} |`,
      `| slowest answer during the outage | ${ms(o.slowestDuringOutageMs)} |`,
      `| answers during the outage: 503 / other | ${o.answered503} / ${o.otherThan503} |`,
      `| /api/health during the outage (expects 503): polls, p99, not 503 | ${o.healthDuringOutage.count}, ${ms(o.healthDuringOutage.p99)}, ${o.healthDuringOutage.failures} |`,
      `| time to recover (restore to first acknowledged write) | ${ms(o.timeToRecoverMs)} |`,
      `| acknowledged writes / stored after / lost | ${o.acknowledgedWrites} / ${o.storedAfter} / ${o.lostWrites} |`,
    );
  } else lines.push(f.outageNote ?? 'Not run.');
  lines.push(
    '',
    '## Embedded server killed with SIGKILL during writes',
    '',
    'One PGlite data folder; 4 clients create incidents; the server is killed with SIGKILL mid-write and started again,',
    `${f.crash.length} times. A write counts as acknowledged when the API answered 201 before the kill.`,
    '',
    '| kill | acknowledged so far | stored after restart | lost | restart |',
    '|---:|---:|---:|---:|---:|',
    ...f.crash.map(
      (c, i) =>
        `| ${i + 1} | ${c.acknowledgedSoFar} | ${c.storedAfterRestart} | ${c.lostWrites} | ${c.restartS.toFixed(1)} s |`,
    ),
    '',
    '## Fuzz over every route of /api/openapi.json',
    '',
  );
  if (f.fuzz) {
    const z = f.fuzz;
    lines.push(
      "Values sampled from each operation's own schema (a share broken on purpose: wrong types, boundary and huge",
      'numbers, NUL, lone surrogates, injection and traversal strings, 70 KB strings, unknown keys), odd path and query',
      'values (empty, hexadecimal, exponent, %00), and bodies no schema describes (100,000-deep arrays, 50,000-deep',
      'objects, 11 MB, truncated JSON, bytes that are not UTF-8, 20,000 empty features). Seeded, so a run repeats.',
      '',
      `- ${z.operations} operations, ${z.requests} requests; answers by status: ${Object.entries(z.byStatus)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([s, n]) => `${s}: ${n}`)
        .join(', ')}`,
      `- answers of 500 (or none): ${z.failures.length === 0 ? '0' : z.failures.map((x) => `\`${x}\``).join('; ')}`,
      `- rows before / after (posts, caches, incidents, hazard zones): ${JSON.stringify(z.countsBefore)} / ${JSON.stringify(z.countsAfter)};` +
        ` created by accepted requests: ${JSON.stringify(z.createdByAcceptedRequests)}; stored by refused requests: ${z.storedFromRefused}`,
    );
  } else lines.push('Not run.');
  const failed = failuresOf(f);
  lines.push(
    '',
    '## Verdict',
    '',
    failed.length === 0
      ? 'No 500s, no lost writes, nothing stored from a refused request.'
      : failed.map((x) => `- ${x}`).join('\n'),
    '',
  );
  return lines.join('\n');
}
