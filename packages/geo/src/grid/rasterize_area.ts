import type { AreaGeometry } from '@siaga/schema';
import { type GridShape, polygonsOf } from './study_grid.ts';

/**
 * Indices (ascending) of the cells whose centre lies inside `area`, by scanlines through the cell centres with
 * the even-odd rule over every ring, so holes and the parts of a MultiPolygon come out right. A centre exactly
 * on an edge counts on one side only (half-open crossings), so neighbouring polygons never share a cell.
 */
export function rasterizeArea(grid: GridShape, area: AreaGeometry): Int32Array {
  const { cols, rows, cellSizeM: s, x0, y0 } = grid;
  const crossings: number[][] = [];
  for (const polygon of polygonsOf(area)) {
    for (const ring of polygon) {
      const n = ring.length;
      for (let k = 0; k + 1 < n; k++) {
        const a = ring[k];
        const b = ring[k + 1];
        if (a === undefined || b === undefined) continue;
        const ax = (a[0] - grid.lon0) * grid.mx;
        const ay = (a[1] - grid.lat0) * grid.my;
        const bx = (b[0] - grid.lon0) * grid.mx;
        const by = (b[1] - grid.lat0) * grid.my;
        if (ay === by) continue;
        const lo = Math.min(ay, by);
        const hi = Math.max(ay, by);
        // Rows whose centre y satisfies lo <= y < hi.
        const r0 = Math.max(0, Math.ceil((lo - y0) / s - 0.5));
        const r1 = Math.min(rows - 1, Math.ceil((hi - y0) / s - 0.5) - 1);
        for (let r = r0; r <= r1; r++) {
          const y = y0 + (r + 0.5) * s;
          const x = ax + ((y - ay) * (bx - ax)) / (by - ay);
          let row = crossings[r];
          if (row === undefined) {
            row = [];
            crossings[r] = row;
          }
          row.push(x);
        }
      }
    }
  }
  const out: number[] = [];
  for (let r = 0; r < rows; r++) {
    const xs = crossings[r];
    if (xs === undefined) continue;
    xs.sort((p, q) => p - q);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      // Columns whose centre x satisfies xa <= x < xb.
      const c0 = Math.max(0, Math.ceil(((xs[k] as number) - x0) / s - 0.5));
      const c1 = Math.min(cols - 1, Math.ceil(((xs[k + 1] as number) - x0) / s - 0.5) - 1);
      for (let c = c0; c <= c1; c++) out.push(r * cols + c);
    }
  }
  return Int32Array.from(out);
}
