import { PrepositioningRequest, SitingRequest, type SitingResponse } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { createAppStore } from './app_store.ts';
import { shownAnswer } from './solver_run.ts';

const fastAnswer = { phase: 'fast' } as SitingResponse;

describe('solver run slices', () => {
  it('asks, shows the fast answer while running, and a cancel keeps it and asks for a fresh engine once', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().askSiting(SitingRequest.parse({ k: 2 }));
    expect(s().siting.status).toBe('running');
    expect(s().sitingAsk?.n).toBe(1);
    s().setSiting({ status: 'running', fast: fastAnswer, progress: null });
    s().cancelSiting();
    expect(s().siting).toEqual({ status: 'cancelled', fast: fastAnswer });
    expect(shownAnswer(s().siting)).toBe(fastAnswer);
    expect(s().sitingAsk).toBeNull();
    expect(s().engineRestarts).toBe(1);
    // Nothing runs now: a second cancel changes nothing.
    s().cancelSiting();
    expect(s().engineRestarts).toBe(1);
    s().askSiting(SitingRequest.parse({ k: 2 }));
    expect(s().sitingAsk?.n).toBe(1);
  });

  it('keeps the two solvers apart', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().askPrepositioning(PrepositioningRequest.parse({}));
    expect(s().siting.status).toBe('idle');
    s().cancelPrepositioning();
    expect(s().prepositioning).toEqual({ status: 'cancelled', fast: null });
    expect(shownAnswer(s().prepositioning)).toBeNull();
    expect(s().siting.status).toBe('idle');
  });
});
