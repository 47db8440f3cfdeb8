import type { ReadProgress } from './read_roads_file.ts';

/** Where progress goes: process.stderr, or anything with `write` (and `isTTY` when it is a terminal). */
export interface ProgressOut {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** How often a terminal line is redrawn, and how often a plain line is written when the output is not one. */
const REDRAW_MS = 250;
const PLAIN_EVERY_MS = 30_000;

/**
 * Shows how far a long read has come: bytes read, roads kept, time left. On a terminal one line is redrawn in
 * place (and wiped by `done`); otherwise (a log file, CI) a plain line is written every 30 s, so a read that
 * takes less says nothing.
 *
 * @example const p = progressLine(process.stderr); p.update({ bytesRead, totalBytes, waysKept }); p.done();
 */
export function progressLine(
  out: ProgressOut,
  now: () => number = () => performance.now(),
): { update: (progress: ReadProgress) => void; done: () => void } {
  const started = now();
  let last = started;
  let drawn = false;
  return {
    update(progress) {
      const t = now();
      if (t - last < (out.isTTY === true ? REDRAW_MS : PLAIN_EVERY_MS)) return;
      last = t;
      const text = describeProgress(progress, t - started);
      if (out.isTTY === true) {
        out.write(`\r\x1b[K${text}`);
        drawn = true;
      } else {
        out.write(`${text}\n`);
      }
    },
    done() {
      if (drawn) out.write('\r\x1b[K');
    },
  };
}

/** `Reading 412 of 1,024 MB (40 %), 1,234 roads kept, about 1 min 20 s left` */
export function describeProgress(p: ReadProgress, elapsedMs: number): string {
  const mb = (n: number): string => Math.round(n / 1024 / 1024).toLocaleString('en');
  const share = p.totalBytes > 0 ? p.bytesRead / p.totalBytes : 0;
  const parts = [`Reading ${mb(p.bytesRead)} of ${mb(p.totalBytes)} MB (${Math.floor(share * 100)} %)`];
  if (p.waysKept !== null) parts.push(`${p.waysKept.toLocaleString('en')} roads kept`);
  if (share >= 0.01 && elapsedMs >= 2000)
    parts.push(`about ${duration((elapsedMs * (1 - share)) / share)} left`);
  return parts.join(', ');
}

function duration(ms: number): string {
  const s = Math.ceil(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${s % 60} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}
