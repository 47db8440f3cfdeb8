import type { AreaGeometry, Position } from '@siaga/schema';
import { metresPerDegree } from '../measure/haversine.ts';
import { rasterizeArea } from './rasterize_area.ts';

/** Default cell edge: 200 m, fine enough for 2.5 km WMK radii and village roads, ~35,000 land cells for Buleleng. */
export const DEFAULT_CELL_SIZE_M = 200;

/**
 * Square cells over a study area's bounding box, in a local equirectangular frame centred on the box (metres
 * east and north of `lon0, lat0`). Row 0 is the southernmost row; cell index = row * cols + col.
 * `land` marks cells whose centre lies in the study area, so the sea is never a cell anyone can cover.
 */
export interface StudyGrid {
  readonly lon0: number;
  readonly lat0: number;
  /** Metres per degree of longitude / latitude at lat0. */
  readonly mx: number;
  readonly my: number;
  readonly cellSizeM: number;
  readonly cols: number;
  readonly rows: number;
  /** Local x / y of the south-west corner of cell 0. */
  readonly x0: number;
  readonly y0: number;
  /** 1 where the cell centre is inside the study area. */
  readonly land: Uint8Array;
  /** Indices of land cells, ascending. */
  readonly landCells: Int32Array;
}

export interface StudyGridOptions {
  /** Cell edge in metres, 25..5,000. */
  cellSizeM?: number;
}

/**
 * Lays a grid over `area` (a kabupaten outline, or several: their union is the land) with one cell of margin on
 * every side, so traced polygons never touch the grid's border. Each outline is rasterised on its own, so two
 * neighbours whose borders overlap a little do not cancel each other out.
 *
 * @example createStudyGrid(kabupaten.geometry, { cellSizeM: 200 }).landCells.length // ≈ 33,000 for Buleleng
 */
export function createStudyGrid(
  area: AreaGeometry | readonly AreaGeometry[],
  options: StudyGridOptions = {},
): StudyGrid {
  const areas: readonly AreaGeometry[] = Array.isArray(area) ? area : [area as AreaGeometry];
  const cellSizeM = options.cellSizeM ?? DEFAULT_CELL_SIZE_M;
  if (!(cellSizeM >= 25 && cellSizeM <= 5_000))
    throw new RangeError(`cellSizeM must be 25..5000, got ${cellSizeM}`);
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  for (const polygon of areas.flatMap(polygonsOf)) {
    for (const ring of polygon) {
      for (const p of ring) {
        const lon = p[0];
        const lat = p[1];
        if (lon < minLon) minLon = lon;
        if (lon > maxLon) maxLon = lon;
        if (lat < minLat) minLat = lat;
        if (lat > maxLat) maxLat = lat;
      }
    }
  }
  if (!Number.isFinite(minLon)) throw new RangeError('study area has no coordinates');
  const lon0 = (minLon + maxLon) / 2;
  const lat0 = (minLat + maxLat) / 2;
  const { x: mx, y: my } = metresPerDegree(lat0);
  const x0 = (minLon - lon0) * mx - cellSizeM;
  const y0 = (minLat - lat0) * my - cellSizeM;
  const cols = Math.ceil(((maxLon - lon0) * mx + cellSizeM - x0) / cellSizeM) + 1;
  const rows = Math.ceil(((maxLat - lat0) * my + cellSizeM - y0) / cellSizeM) + 1;
  const shape = { lon0, lat0, mx, my, cellSizeM, cols, rows, x0, y0 };
  const land = new Uint8Array(cols * rows);
  let landCount = 0;
  for (const one of areas) {
    const cells = rasterizeArea(shape, one);
    for (let k = 0; k < cells.length; k++) {
      const c = cells[k] as number;
      if (land[c] === 0) landCount++;
      land[c] = 1;
    }
  }
  const landCells = new Int32Array(landCount);
  for (let c = 0, k = 0; c < land.length; c++) if (land[c] === 1) landCells[k++] = c;
  return { ...shape, land, landCells };
}

/** The part of a grid that fixes where cells are; enough to rasterise and trace. */
export type GridShape = Pick<
  StudyGrid,
  'lon0' | 'lat0' | 'mx' | 'my' | 'cellSizeM' | 'cols' | 'rows' | 'x0' | 'y0'
>;

/** Area of one cell in km². */
export function cellAreaKm2(grid: GridShape): number {
  return (grid.cellSizeM * grid.cellSizeM) / 1e6;
}

/** Centre of a cell as [lon, lat]. */
export function cellCentreLonLat(grid: GridShape, cell: number): [number, number] {
  const col = cell % grid.cols;
  const row = (cell - col) / grid.cols;
  return [
    grid.lon0 + (grid.x0 + (col + 0.5) * grid.cellSizeM) / grid.mx,
    grid.lat0 + (grid.y0 + (row + 0.5) * grid.cellSizeM) / grid.my,
  ];
}

/** The cell containing a lon/lat point, or -1 outside the grid. */
export function cellAt(grid: GridShape, lon: number, lat: number): number {
  const col = Math.floor(((lon - grid.lon0) * grid.mx - grid.x0) / grid.cellSizeM);
  const row = Math.floor(((lat - grid.lat0) * grid.my - grid.y0) / grid.cellSizeM);
  if (col < 0 || row < 0 || col >= grid.cols || row >= grid.rows) return -1;
  return row * grid.cols + col;
}

/** The polygons of a Polygon or MultiPolygon, as MultiPolygon coordinates. */
export function polygonsOf(area: AreaGeometry): readonly (readonly (readonly Position[])[])[] {
  switch (area.type) {
    case 'Polygon':
      return [area.coordinates];
    case 'MultiPolygon':
      return area.coordinates;
  }
  return area satisfies never;
}
