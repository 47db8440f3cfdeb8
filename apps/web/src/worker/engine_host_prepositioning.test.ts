import { describe, expect, it } from 'vitest';
import { solverHost } from '../testing/solver_host.ts';
import type { EngineResponse } from './protocol.ts';

describe('EngineHost: equipment pre-positioning', () => {
  it('emits the fast plan first, then answers the proven optimum with the same id', async () => {
    const emitted: EngineResponse[] = [];
    const host = await solverHost(emitted);
    const r = await host.handle({
      type: 'prepositioning',
      id: 9,
      request: { hazardTypes: ['landslide'], level: 'tinggi' },
    });
    if (r.type !== 'prepositioning') throw new Error(JSON.stringify(r));
    expect(r.answer).toMatchObject({ phase: 'exact', status: 'optimal', missing: 0 });
    expect(r.answer.caches.length).toBeGreaterThan(0);
    const first = emitted[0];
    if (first?.type !== 'prepositioning_progress') throw new Error(`first step: ${first?.type}`);
    expect(first.id).toBe(9);
    expect(first.answer?.phase).toBe('fast');
    expect(first.answer?.cost.total ?? -1).toBeGreaterThanOrEqual(r.answer.cost.total - 1e-6);
  });

  it('answers an empty kit with a validation error', async () => {
    const host = await solverHost([]);
    const r = await host.handle({
      type: 'prepositioning',
      id: 10,
      request: { hazardTypes: ['landslide'], kits: { landslide: [] } },
    });
    expect(r).toMatchObject({ type: 'error', id: 10, code: 'validation_failed' });
  });
});
