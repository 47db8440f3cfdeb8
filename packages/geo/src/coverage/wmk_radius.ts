import type { StudyGrid } from '../grid/study_grid.ts';
import type { CoveragePost } from './coverage_inputs.ts';

/**
 * Straight-line metres from each listed cell's centre to the nearest post, in the grid's local frame: the WMK
 * radius rule on the grid, O(cells x posts) with no polygon operation. Infinity for a cell index of -1.
 */
export function straightDistances(
  grid: StudyGrid,
  cells: ArrayLike<number>,
  posts: readonly CoveragePost[],
): Float64Array {
  const n = cells.length;
  const out = new Float64Array(n).fill(Infinity);
  const s = grid.cellSizeM;
  for (const post of posts) {
    const px = ((post.position[0] ?? 0) - grid.lon0) * grid.mx - grid.x0;
    const py = ((post.position[1] ?? 0) - grid.lat0) * grid.my - grid.y0;
    for (let k = 0; k < n; k++) {
      const c = cells[k] as number;
      if (c < 0) continue;
      const col = c % grid.cols;
      const dx = (col + 0.5) * s - px;
      const dy = ((c - col) / grid.cols + 0.5) * s - py;
      const d2 = dx * dx + dy * dy;
      if (d2 < (out[k] as number) * (out[k] as number)) out[k] = Math.sqrt(d2);
    }
  }
  return out;
}
