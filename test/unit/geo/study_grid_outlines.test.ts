import { createStudyGrid } from '@siaga/geo';
import type { AreaGeometry } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { rect as box } from './coverage_world.ts';

describe('createStudyGrid over several kabupaten outlines', () => {
  const west = box(115.0, -8.12, 115.012, -8.108);
  // Overlaps the west one by 0.002° (about 220 m), as neighbouring approximate boundaries do.
  const east = box(115.01, -8.12, 115.024, -8.108);

  it('takes the union of the outlines as land, overlap included', () => {
    const both = createStudyGrid([west, east], { cellSizeM: 100 });
    const union = createStudyGrid(box(115.0, -8.12, 115.024, -8.108), { cellSizeM: 100 });
    expect([...both.landCells]).toEqual([...union.landCells]);
    expect([both.cols, both.rows]).toEqual([union.cols, union.rows]);
  });

  it('does not cancel the overlap, as one MultiPolygon of both would (even-odd)', () => {
    const multi: AreaGeometry = {
      type: 'MultiPolygon',
      coordinates: [west, east].map((g) => (g.type === 'Polygon' ? g.coordinates : [])),
    };
    const both = createStudyGrid([west, east], { cellSizeM: 100 });
    expect(createStudyGrid(multi, { cellSizeM: 100 }).landCells.length).toBeLessThan(both.landCells.length);
  });

  it('gives one outline the same grid whether passed alone or in a list', () => {
    const alone = createStudyGrid(west, { cellSizeM: 100 });
    const listed = createStudyGrid([west], { cellSizeM: 100 });
    expect([...listed.landCells]).toEqual([...alone.landCells]);
    expect(listed.land).toEqual(alone.land);
  });
});
