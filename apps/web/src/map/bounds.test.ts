import { studyAreaOf } from '@siaga/geo';
import { describe, expect, it } from 'vitest';
import { storedStudyArea } from '../study_area/stored_study_area.ts';
import { demoSeed } from '../testing/demo_seed.ts';
import { mapBoundsOf } from './bounds.ts';

describe('mapBoundsOf', () => {
  it('opens on the stored kabupaten and lets the view pan a little past it', () => {
    const kabupaten = demoSeed().adminAreas.filter((a) => a.properties.level === 'kabupaten');
    const bounds = mapBoundsOf(storedStudyArea(kabupaten, null));
    const [[w, s], [e, n]] = bounds?.view ?? [
      [0, 0],
      [0, 0],
    ];
    // Buleleng's outline spans about lon 114.43..115.71 and lat -8.38..-8.06 (the seed's outline, not a constant).
    expect(w).toBeGreaterThan(114.3);
    expect(e).toBeLessThan(115.8);
    expect(s).toBeGreaterThan(-8.5);
    expect(n).toBeLessThan(-8.0);
    const [[mw, ms], [me, mn]] = bounds?.max ?? [
      [0, 0],
      [0, 0],
    ];
    expect(mw).toBeLessThan(w);
    expect(me).toBeGreaterThan(e);
    expect(ms).toBeLessThan(s);
    expect(mn).toBeGreaterThan(n);
  });

  it('opens on the roads when no kabupaten is stored, anywhere on Earth, and keeps the world view with neither', () => {
    const andorra = mapBoundsOf(studyAreaOf([], [1.41, 42.43, 1.79, 42.66]));
    expect(andorra?.view).toEqual([
      [1.41, 42.43],
      [1.79, 42.66],
    ]);
    expect(mapBoundsOf(null)).toBeNull();
  });
});
