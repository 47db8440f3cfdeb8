import { describe, expect, it } from 'vitest';
import { solverHost as sitingHost } from '../testing/solver_host.ts';
import type { EngineResponse } from './protocol.ts';

describe('EngineHost: best new sites', () => {
  it('emits the fast answer first, then answers the proven optimum with the same id', async () => {
    const emitted: EngineResponse[] = [];
    const host = await sitingHost(emitted);
    const r = await host.handle({ type: 'siting', id: 7, request: { k: 3 } });
    if (r.type !== 'siting') throw new Error(JSON.stringify(r));
    expect(r.answer).toMatchObject({ phase: 'exact', status: 'optimal', objective: 'mclp' });
    expect(r.answer.sites).toHaveLength(3);
    const first = emitted[0];
    expect(first?.type).toBe('siting_progress');
    if (first?.type !== 'siting_progress') return;
    expect(first.id).toBe(7);
    expect(first.answer?.phase).toBe('fast');
    expect(first.answer?.value ?? Infinity).toBeLessThanOrEqual(r.answer.value);
  });

  it('answers an uncoverable set covering with a validation error', async () => {
    const host = await sitingHost([]);
    const r = await host.handle({
      type: 'siting',
      id: 8,
      request: { objective: 'lscp', standard: { mode: 'travelTime', minutes: 1 } },
    });
    expect(r).toMatchObject({ type: 'error', id: 8, code: 'validation_failed' });
  });
});
