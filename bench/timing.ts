import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';

export interface Timing {
  p50: number;
  p99: number;
  /** performance.now() at the start of each timed run, and its duration (ms). */
  starts: number[];
  samples: number[];
}

/** Milliseconds for a table: three decimals below 10, one above. */
export const ms = (x: number): string => (x < 10 ? x.toFixed(3) : x.toFixed(1));

/** Runs `f` warm-up times, then `runs` timed times; returns p50 and p99 in milliseconds. */
export function time(f: (i: number) => void, runs: number, warmup: number): Timing {
  for (let i = 0; i < warmup; i++) f(i);
  const starts: number[] = [];
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f(i);
    samples.push(performance.now() - t0);
    starts.push(t0);
  }
  return { ...percentiles(samples), starts, samples };
}

export async function timeAsync(
  f: (i: number) => Promise<void>,
  runs: number,
  warmup: number,
): Promise<{ p50: number; p99: number }> {
  for (let i = 0; i < warmup; i++) await f(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f(i);
    samples.push(performance.now() - t0);
  }
  return percentiles(samples);
}

export function percentiles(samples: readonly number[]): { p50: number; p99: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  return { p50: at(0.5), p99: at(0.99) };
}

/** Records garbage-collection pauses from now until `stop` (entries arrive asynchronously, so stop awaits). */
export function watchGc(): { stop: () => Promise<{ start: number; duration: number }[]> } {
  const pauses: { start: number; duration: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) pauses.push({ start: e.startTime, duration: e.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    stop: async () => {
      await new Promise((r) => setTimeout(r, 20));
      observer.disconnect();
      return pauses;
    },
  };
}

/** Splits timed runs into those a GC pause overlapped and the rest. */
export function splitByGc(
  t: Timing,
  pauses: readonly { start: number; duration: number }[],
): { withGc: number[]; withoutGc: number[] } {
  const withGc: number[] = [];
  const withoutGc: number[] = [];
  t.samples.forEach((d, i) => {
    const s = t.starts[i] ?? 0;
    const hit = pauses.some((p) => p.start < s + d && p.start + p.duration > s);
    (hit ? withGc : withoutGc).push(d);
  });
  return { withGc, withoutGc };
}

/** Median bytes a call adds to the young generation (calls during which a collection ran are left out). */
export function bytesPerCall(f: (i: number) => void, runs: number): number {
  const used = (): number =>
    getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_used_size ?? 0;
  const probe = -used() + used();
  const deltas: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = used();
    f(i);
    const after = used();
    if (after >= before) deltas.push(after - before - probe);
  }
  deltas.sort((a, b) => a - b);
  return deltas[deltas.length >> 1] ?? NaN;
}
