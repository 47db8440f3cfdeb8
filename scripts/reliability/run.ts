import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot, startApi } from './api_process.ts';
import { mustMakeToken, writeToken } from './auth.ts';
import { bigGeometryRows } from './big_geometry.ts';
import { crashCycles } from './crash.ts';
import { fuzzFigures } from './fuzz.ts';
import { loadRows } from './load.ts';
import { describeMachine } from './machine.ts';
import { outageFigures } from './outage.ts';
import { type Figures, failuresOf, reportOf } from './report.ts';
import { scratchDatabase, serverUrl } from './scratch_database.ts';

const { values } = parseArgs({
  options: { short: { type: 'boolean', default: false }, out: { type: 'string' } },
});
const short = values.short ?? false;
const plan = short
  ? {
      loadS: 5,
      outage: { beforeS: 2, outageS: 4, afterS: 4 },
      crashWriteS: 1.5,
      crashes: 3,
      fuzzPerOperation: 6,
    }
  : {
      loadS: 60,
      outage: { beforeS: 10, outageS: 15, afterS: 15 },
      crashWriteS: 3,
      crashes: 5,
      fuzzPerOperation: 60,
    };
const out = values.out ?? (short ? null : join(repoRoot, 'RELIABILITY.md'));
const log = (message: string) =>
  console.log(`[reliability ${(performance.now() / 1000).toFixed(0).padStart(4)} s] ${message}`);

const figures: Figures = {
  command: short ? 'npm run reliability -- --short' : 'npm run reliability',
  date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  machine: describeMachine(),
  settings: `Settings: ${plan.loadS} s per load scenario, outage ${plan.outage.outageS} s, ${plan.fuzzPerOperation} fuzz cases per operation.`,
  load: [],
  bigGeometry: [],
  loadNote: null,
  outage: null,
  outageNote: null,
  crash: [],
  fuzz: null,
};

async function embedded(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'siaga-reliability-'));
  try {
    const env = { SIAGA_DATA_DIR: dataDir };
    log('embedded: creating and seeding a PGlite database');
    if (mustMakeToken()) await (await startApi(env)).stop();
    const token = await writeToken(env);
    const api = await startApi(env);
    try {
      log('embedded: load');
      figures.load.push(
        ...(await loadRows(api.url, 'embedded (PGlite)', { seconds: plan.loadS, connections: 50, token })),
      );
      log('embedded: big geometries');
      figures.bigGeometry = await bigGeometryRows(api.url, token);
      log('embedded: fuzz');
      figures.fuzz = await fuzzFigures(api.url, token, plan.fuzzPerOperation);
    } finally {
      await api.stop();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function server(adminUrl: string): Promise<void> {
  const scratch = await scratchDatabase(adminUrl, 'load');
  try {
    log('server: seeding a scratch database');
    const api = await startApi({ DATABASE_URL: scratch.url });
    try {
      const token = await writeToken({ DATABASE_URL: scratch.url });
      log('server: load');
      figures.load.push(
        ...(await loadRows(api.url, 'server PostGIS', { seconds: plan.loadS, connections: 50, token })),
      );
    } finally {
      await api.stop();
    }
  } finally {
    await scratch.drop();
  }
  log('server: outage');
  figures.outage = await outageFigures(adminUrl, plan.outage);
}

await embedded();
const adminUrl = serverUrl();
if (adminUrl) await server(adminUrl);
else {
  figures.loadNote = 'Server PostGIS was not measured: DATABASE_URL was not set.';
  figures.outageNote = 'Not run: DATABASE_URL was not set (the outage needs a server database).';
}
log('embedded: SIGKILL during writes');
figures.crash = await crashCycles(plan.crashes, plan.crashWriteS);

const report = reportOf(figures);
if (out) await writeFile(out, report);
console.log(report);
const failed = failuresOf(figures);
if (failed.length > 0) {
  console.error(`Reliability run failed:\n${failed.join('\n')}`);
  process.exit(1);
}
