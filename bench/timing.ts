/** Runs `f` warm-up times, then `runs` timed times; returns p50 and p99 in milliseconds. */
export function time(f: (i: number) => void, runs: number, warmup: number): { p50: number; p99: number } {
  for (let i = 0; i < warmup; i++) f(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f(i);
    samples.push(performance.now() - t0);
  }
  return summarise(samples);
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
  return summarise(samples);
}

function summarise(samples: number[]): { p50: number; p99: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  return { p50: at(0.5), p99: at(0.99) };
}
