import { describe, expect, it } from 'vitest';
import { rankHits, sameSelection } from './interaction.ts';
import { INTERACTIVE_LAYERS } from './layers/point_layers.ts';

describe('rankHits', () => {
  it('puts a post before the hazard zone and desa under it', () => {
    const hits = [
      { layerId: 'desa-fill', id: '51.08.08.2013', areaKm2: 9.8 },
      { layerId: 'hazard-fill', id: 'z1', areaKm2: 3 },
      { layerId: 'posts-icon', id: 'p1' },
    ];
    expect(rankHits(hits, INTERACTIVE_LAYERS)).toEqual([
      { kind: 'post', id: 'p1' },
      { kind: 'hazardZone', id: 'z1' },
      { kind: 'desa', id: '51.08.08.2013' },
    ]);
  });

  it('puts the most local hazard zone first and lists each feature once', () => {
    const hits = [
      { layerId: 'hazard-fill', id: 'quake', areaKm2: 1323 },
      { layerId: 'hazard-fill', id: 'slide', areaKm2: 4.2 },
      { layerId: 'hazard-fill', id: 'slide', areaKm2: 4.2 },
    ];
    expect(rankHits(hits, INTERACTIVE_LAYERS).map((s) => s.id)).toEqual(['slide', 'quake']);
  });

  it('puts a desa before a zone larger than it, and after a zone smaller than it', () => {
    const hits = [
      { layerId: 'hazard-fill', id: 'quake', areaKm2: 1323 },
      { layerId: 'desa-fill', id: '51.08.08.2013', areaKm2: 9.8 },
      { layerId: 'hazard-fill', id: 'slide', areaKm2: 4.2 },
      { layerId: 'caches-icon', id: 'c' },
    ];
    expect(rankHits(hits, INTERACTIVE_LAYERS).map((s) => s.id)).toEqual([
      'c',
      'slide',
      '51.08.08.2013',
      'quake',
    ]);
  });

  it('ignores layers that are not interactive and features without an id', () => {
    expect(rankHits([{ layerId: 'roads-fill', id: 'r' }], INTERACTIVE_LAYERS)).toEqual([]);
    expect(rankHits([{ layerId: 'posts-icon', id: undefined }], INTERACTIVE_LAYERS)).toEqual([]);
  });

  it('compares selections by value', () => {
    expect(sameSelection({ kind: 'post', id: 'a' }, { kind: 'post', id: 'a' })).toBe(true);
    expect(sameSelection({ kind: 'post', id: 'a' }, { kind: 'cache', id: 'a' })).toBe(false);
    expect(sameSelection(null, null)).toBe(true);
  });
});
