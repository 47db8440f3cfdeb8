import { describe, expect, it } from 'vitest';
import { describeProgress, progressLine } from '../../../scripts/import/progress_line.ts';

const MB = 1024 * 1024;

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('progressLine', () => {
  it('on a terminal redraws one line in place, at most every 250 ms, and wipes it at the end', () => {
    const written: string[] = [];
    const c = clock();
    const p = progressLine({ isTTY: true, write: (t) => written.push(t) }, c.now);
    c.advance(300);
    p.update({ bytesRead: 100 * MB, totalBytes: 1000 * MB, waysKept: 1234 });
    c.advance(100);
    p.update({ bytesRead: 110 * MB, totalBytes: 1000 * MB, waysKept: 1300 });
    c.advance(200);
    p.update({ bytesRead: 120 * MB, totalBytes: 1000 * MB, waysKept: 1400 });
    p.done();
    expect(written).toEqual([
      '\r\x1b[KReading 100 of 1,000 MB (10 %), 1,234 roads kept',
      '\r\x1b[KReading 120 of 1,000 MB (12 %), 1,400 roads kept',
      '\r\x1b[K',
    ]);
  });

  it('elsewhere writes a plain line every 30 s, and nothing for a short read', () => {
    const written: string[] = [];
    const c = clock();
    const p = progressLine({ write: (t) => written.push(t) }, c.now);
    c.advance(10_000);
    p.update({ bytesRead: 10 * MB, totalBytes: 100 * MB, waysKept: null });
    expect(written).toEqual([]);
    c.advance(21_000);
    p.update({ bytesRead: 31 * MB, totalBytes: 100 * MB, waysKept: null });
    p.done();
    expect(written).toEqual(['Reading 31 of 100 MB (31 %), about 1 min 9 s left\n']);
  });

  it('estimates the time left from the share read', () => {
    expect(describeProgress({ bytesRead: 250, totalBytes: 1000, waysKept: 0 }, 60_000)).toMatch(
      /about 3 min 0 s left$/,
    );
    expect(describeProgress({ bytesRead: 5, totalBytes: 1000, waysKept: 0 }, 60_000)).not.toMatch(/left/);
    expect(describeProgress({ bytesRead: 900, totalBytes: 1000, waysKept: 0 }, 2 * 3600_000 * 9)).toMatch(
      /about 2 h 0 min left$/,
    );
  });
});
