import { HazardLevel, HazardType } from '@siaga/schema';
import { rasterizeArea } from '../grid/rasterize_area.ts';
import { cellAreaKm2, type StudyGrid } from '../grid/study_grid.ts';
import type { HazardZoneInput } from './coverage_inputs.ts';

/** The land cells of one hazard type at one level: the union of its zones, rasterised by cell centre. */
export interface HazardLayer {
  hazardType: HazardType;
  level: HazardLevel;
  cells: Int32Array;
  areaKm2: number;
}

/** One layer per (type, level) that has land cells, in the schema's order of types and levels. */
export function hazardLayers(grid: StudyGrid, zones: readonly HazardZoneInput[]): HazardLayer[] {
  const groups = new Map<string, HazardZoneInput[]>();
  for (const z of zones) {
    const key = `${z.properties.hazardType}:${z.properties.level}`;
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [z]);
    else list.push(z);
  }
  const mark = new Uint8Array(grid.cols * grid.rows);
  const layers: HazardLayer[] = [];
  for (const hazardType of HazardType.options) {
    for (const level of HazardLevel.options) {
      const group = groups.get(`${hazardType}:${level}`);
      if (group === undefined) continue;
      const cells: number[] = [];
      for (const z of group) {
        const raster = rasterizeArea(grid, z.geometry);
        for (let k = 0; k < raster.length; k++) {
          const c = raster[k] as number;
          if (grid.land[c] === 1 && mark[c] === 0) {
            mark[c] = 1;
            cells.push(c);
          }
        }
      }
      for (const c of cells) mark[c] = 0;
      if (cells.length === 0) continue;
      cells.sort((a, b) => a - b);
      layers.push({
        hazardType,
        level,
        cells: Int32Array.from(cells),
        areaKm2: cells.length * cellAreaKm2(grid),
      });
    }
  }
  return layers;
}
