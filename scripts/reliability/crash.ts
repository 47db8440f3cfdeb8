import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApi } from './api_process.ts';
import { mustMakeToken, writeToken } from './auth.ts';
import { lost, startTraffic, storedTitles } from './writers.ts';

export interface CrashCycle {
  acknowledgedSoFar: number;
  storedAfterRestart: number;
  lostWrites: number;
  restartS: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The embedded server killed with SIGKILL while 4 clients write, `cycles` times, on one data folder: after each
 * kill the server must start again and still hold every write it acknowledged (before any kill so far).
 */
export async function crashCycles(cycles: number, writeS: number): Promise<CrashCycle[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'siaga-crash-'));
  const env = { SIAGA_DATA_DIR: dataDir, SIAGA_SEED: '0' };
  const acknowledged = new Set<string>();
  const rows: CrashCycle[] = [];
  try {
    // The first start creates the folder (and migrates it); the token, when needed, is made before the server opens it.
    if (mustMakeToken()) await (await startApi(env)).stop();
    const token = await writeToken(env);
    let api = await startApi(env);
    for (let cycle = 0; cycle < cycles; cycle++) {
      const traffic = startTraffic(() => api.url, { writers: 4, readers: 0, token, tag: `crash${cycle}` });
      // Kill at a different moment of each cycle, never on a round second.
      await sleep(writeS * 1000 * (0.6 + (0.4 * ((cycle * 7919) % 10)) / 10));
      await api.kill();
      await traffic.stop();
      for (const title of traffic.acknowledged) acknowledged.add(title);
      const started = performance.now();
      api = await startApi(env);
      const restartS = (performance.now() - started) / 1000;
      const stored = await storedTitles(api.url, token);
      rows.push({
        acknowledgedSoFar: acknowledged.size,
        storedAfterRestart: stored.size,
        lostWrites: lost(acknowledged, stored),
        restartS,
      });
    }
    await api.stop();
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
  return rows;
}
