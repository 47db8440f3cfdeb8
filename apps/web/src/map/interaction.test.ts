import { describe, expect, it } from 'vitest';
import { pickHit, sameSelection } from './interaction.ts';
import { INTERACTIVE_LAYERS } from './layers/point_layers.ts';

describe('pickHit', () => {
  it('prefers a post over the hazard zone and desa under it', () => {
    const hits = [
      { layerId: 'desa-fill', id: '51.08.08.2013' },
      { layerId: 'hazard-fill', id: 'z1' },
      { layerId: 'posts-icon', id: 'p1' },
    ];
    expect(pickHit(hits, INTERACTIVE_LAYERS)).toEqual({ kind: 'post', id: 'p1' });
  });

  it('falls through to the desa, and to nothing', () => {
    expect(pickHit([{ layerId: 'desa-fill', id: '51.08.08.2013' }], INTERACTIVE_LAYERS)).toEqual({
      kind: 'desa',
      id: '51.08.08.2013',
    });
    expect(pickHit([{ layerId: 'roads-fill', id: 'r' }], INTERACTIVE_LAYERS)).toBeNull();
    expect(pickHit([{ layerId: 'posts-icon', id: undefined }], INTERACTIVE_LAYERS)).toBeNull();
  });

  it('compares selections by value', () => {
    expect(sameSelection({ kind: 'post', id: 'a' }, { kind: 'post', id: 'a' })).toBe(true);
    expect(sameSelection({ kind: 'post', id: 'a' }, { kind: 'cache', id: 'a' })).toBe(false);
    expect(sameSelection(null, null)).toBe(true);
  });
});
