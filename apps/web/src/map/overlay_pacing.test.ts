import { describe, expect, it } from 'vitest';
import { delayBeforeSend } from './overlay_pacing.ts';

describe('delayBeforeSend', () => {
  it('sends a source never sent at once', () => {
    expect(delayBeforeSend(undefined, 1000, 500)).toBe(0);
  });

  it('waits out the rest of the interval since the last send', () => {
    expect(delayBeforeSend(1000, 1200, 500)).toBe(300);
    expect(delayBeforeSend(1000, 1500, 500)).toBe(0);
    expect(delayBeforeSend(1000, 4000, 500)).toBe(0);
  });
});
