import { describe, expect, it } from 'vitest';
import { offeredSteps } from './assignment_steps.ts';

describe('offeredSteps', () => {
  it('offers the next step and clearing, then nothing once cleared', () => {
    expect(offeredSteps('dispatched')).toEqual(['en_route', 'cleared']);
    expect(offeredSteps('en_route')).toEqual(['on_scene', 'cleared']);
    expect(offeredSteps('on_scene')).toEqual(['cleared']);
    expect(offeredSteps('cleared')).toEqual([]);
  });
});
