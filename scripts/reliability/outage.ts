import { startApi } from './api_process.ts';
import { writeToken } from './auth.ts';
import { scratchDatabase, viaPort } from './scratch_database.ts';
import { repeat, type Timings } from './sidecars.ts';
import { startTcpProxy } from './tcp_proxy.ts';
import { lost, type Sample, startTraffic, storedTitles } from './writers.ts';

export interface OutageFigures {
  outageS: number;
  /** From the cut to the first 503 answer. */
  timeToFailMs: number;
  /** Slowest answer to a request sent while the database was away. */
  slowestDuringOutageMs: number;
  /** Answers during the outage other than 503 (a 500 or no answer counts here). */
  otherThan503: number;
  answered503: number;
  /** From the restore to the first acknowledged write sent after it. */
  timeToRecoverMs: number;
  healthDuringOutage: Timings;
  acknowledgedWrites: number;
  storedAfter: number;
  lostWrites: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The server database taken away under load and given back: the API reaches its own scratch database through a
 * loopback TCP proxy; cutting the proxy closes every connection and refuses new ones (as a stopped server does),
 * without stopping the shared PostgreSQL.
 */
export async function outageFigures(
  adminUrl: string,
  { beforeS, outageS, afterS }: Record<string, number>,
): Promise<OutageFigures> {
  const scratch = await scratchDatabase(adminUrl, 'outage');
  const proxy = await startTcpProxy(Number(new URL(scratch.url).port || 5432), new URL(scratch.url).hostname);
  const env = { DATABASE_URL: viaPort(scratch.url, proxy.port), SIAGA_SEED: '0' };
  try {
    const api = await startApi(env);
    try {
      const token = await writeToken({ DATABASE_URL: scratch.url });
      const traffic = startTraffic(() => api.url, { writers: 4, readers: 4, token, tag: 'outage' });
      await sleep((beforeS ?? 5) * 1000);
      const cutAt = performance.now();
      await proxy.cut();
      const health = repeat((signal) => fetch(`${api.url}/api/health`, { signal }), {
        gapMs: 500,
        timeoutMs: 10_000,
        expect: 503,
      });
      await sleep((outageS ?? 10) * 1000);
      const healthDuringOutage = await health.stop();
      const restoreAt = performance.now();
      await proxy.restore();
      await sleep((afterS ?? 10) * 1000);
      await traffic.stop();
      const during = traffic.samples.filter((s: Sample) => s.start >= cutAt + 100 && s.end <= restoreAt);
      const first503 = traffic.samples
        .filter((s) => s.status === 503 && s.end >= cutAt)
        .sort((a, b) => a.end - b.end)[0];
      const firstWriteAfter = traffic.samples
        .filter((s) => s.kind === 'write' && s.status === 201 && s.start >= restoreAt)
        .sort((a, b) => a.end - b.end)[0];
      const stored = await storedTitles(api.url, token);
      return {
        outageS: outageS ?? 10,
        timeToFailMs: first503 ? first503.end - cutAt : Number.NaN,
        slowestDuringOutageMs: Math.max(0, ...during.map((s) => s.end - s.start)),
        otherThan503: during.filter((s) => s.status !== 503).length,
        answered503: during.filter((s) => s.status === 503).length,
        timeToRecoverMs: firstWriteAfter ? firstWriteAfter.end - restoreAt : Number.NaN,
        healthDuringOutage,
        acknowledgedWrites: traffic.acknowledged.size,
        storedAfter: stored.size,
        lostWrites: lost(traffic.acknowledged, stored),
      };
    } catch (err) {
      throw new Error(
        `${err instanceof Error ? err.message : String(err)}; the API printed:\n${api.output()}`,
      );
    } finally {
      await api.stop();
    }
  } finally {
    await proxy.close();
    await scratch.drop();
  }
}
