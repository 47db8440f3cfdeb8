import { SiagaError } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { Gate } from './pglite_gate.ts';

/** A task that finishes when `finish` is called, recording when it started. */
function held(log: string[], name: string) {
  let finish = () => {};
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const task = async () => {
    log.push(`start ${name}`);
    await done;
    log.push(`end ${name}`);
    return name;
  };
  return { task, finish: () => finish() };
}

describe('Gate', () => {
  it('runs one task at a time, in arrival order', async () => {
    const gate = new Gate({ maxWaiting: 10, maxWaitMs: 10_000 });
    const log: string[] = [];
    const a = held(log, 'a');
    const b = held(log, 'b');
    const pa = gate.run(a.task);
    const pb = gate.run(b.task);
    await Promise.resolve();
    expect(log).toEqual(['start a']);
    expect(gate.state().waiting).toBe(1);
    a.finish();
    expect(await pa).toBe('a');
    b.finish();
    expect(await pb).toBe('b');
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b']);
    expect(gate.state()).toEqual({ runningForMs: null, waiting: 0 });
  });

  it('refuses at once with 503 unavailable when the queue is full', async () => {
    const gate = new Gate({ maxWaiting: 1, maxWaitMs: 10_000 });
    const log: string[] = [];
    const a = held(log, 'a');
    const pa = gate.run(a.task);
    const pb = gate.run(async () => 'b');
    const refused = await gate.run(async () => 'c').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SiagaError);
    expect((refused as SiagaError).code).toBe('unavailable');
    a.finish();
    expect(await Promise.all([pa, pb])).toEqual(['a', 'b']);
  });

  it('refuses a caller that waited longer than maxWaitMs, and never runs it', async () => {
    const gate = new Gate({ maxWaiting: 5, maxWaitMs: 20 });
    const log: string[] = [];
    const a = held(log, 'a');
    const pa = gate.run(a.task);
    let ranLate = false;
    const late = gate.run(async () => {
      ranLate = true;
    });
    await expect(late).rejects.toMatchObject({ code: 'unavailable' });
    expect(gate.state().waiting).toBe(0);
    a.finish();
    await pa;
    expect(ranLate).toBe(false);
  });

  it('frees the connection when a task throws', async () => {
    const gate = new Gate({ maxWaiting: 5, maxWaitMs: 1_000 });
    await expect(gate.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await gate.run(async () => 1)).toBe(1);
  });
});
