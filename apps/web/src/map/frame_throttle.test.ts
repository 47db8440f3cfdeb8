import { describe, expect, it } from 'vitest';
import { latestPerFrame } from './frame_throttle.ts';

function fakeFrames() {
  const callbacks = new Map<number, () => void>();
  let next = 1;
  return {
    schedule: (cb: () => void) => {
      callbacks.set(next, cb);
      return next++;
    },
    cancel: (h: number) => {
      callbacks.delete(h);
    },
    pending: () => callbacks.size,
    tick() {
      const now = [...callbacks.values()];
      callbacks.clear();
      for (const cb of now) cb();
    },
  };
}

describe('latestPerFrame', () => {
  it('hands on only the latest value, once per frame', () => {
    const frames = fakeFrames();
    const seen: number[] = [];
    const t = latestPerFrame((v: number) => seen.push(v), frames.schedule, frames.cancel);
    t.push(1);
    t.push(2);
    t.push(3);
    expect(seen).toEqual([]);
    expect(frames.pending()).toBe(1);
    frames.tick();
    expect(seen).toEqual([3]);
    frames.tick();
    expect(seen).toEqual([3]);
    t.push(4);
    frames.tick();
    expect(seen).toEqual([3, 4]);
  });

  it('flush hands on the waiting value at once and cancels its frame', () => {
    const frames = fakeFrames();
    const seen: string[] = [];
    const t = latestPerFrame((v: string) => seen.push(v), frames.schedule, frames.cancel);
    t.push('a');
    t.flush();
    expect(seen).toEqual(['a']);
    expect(frames.pending()).toBe(0);
    t.flush();
    expect(seen).toEqual(['a']);
  });

  it('cancel drops the waiting value', () => {
    const frames = fakeFrames();
    const seen: number[] = [];
    const t = latestPerFrame((v: number) => seen.push(v), frames.schedule, frames.cancel);
    t.push(1);
    t.cancel();
    frames.tick();
    t.flush();
    expect(seen).toEqual([]);
  });
});
