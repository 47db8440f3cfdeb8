/** Latencies in ms, summarised. */
export interface Timings {
  count: number;
  failures: number;
  p50: number;
  p99: number;
  max: number;
}

export function summarise(ms: number[], failures: number): Timings {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { count: ms.length, failures, p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] ?? 0 };
}

export interface Sidecar {
  stop(): Promise<Timings>;
}

/**
 * Sends one request after another (the next when the previous answered, at least `gapMs` apart) until stopped;
 * an answer other than `expect`, or none within `timeoutMs`, is a failure.
 */
export function repeat(
  send: (signal: AbortSignal) => Promise<Response>,
  {
    gapMs = 0,
    timeoutMs = 30_000,
    expect = 200,
  }: { gapMs?: number; timeoutMs?: number; expect?: number } = {},
): Sidecar {
  let running = true;
  const ms: number[] = [];
  let failures = 0;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      const ok = await send(AbortSignal.timeout(timeoutMs))
        .then(async (r) => {
          await r.arrayBuffer();
          return r.status === expect;
        })
        .catch(() => false);
      ms.push(performance.now() - started);
      if (!ok) failures += 1;
      const wait = gapMs - (performance.now() - started);
      if (running && wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return summarise(ms, failures);
    },
  };
}
