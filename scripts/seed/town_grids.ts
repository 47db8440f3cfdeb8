import { DESA_POINTS } from './desa_points_table.ts';
import type { TownGrid } from './street_grid.ts';

/**
 * The built-up towns that get a street grid: Singaraja (the kelurahan of Kecamatan Buleleng, codes 51.08.06.1xxx)
 * and Seririt (Kelurahan Seririt). 300 m blocks: coarser than the real streets (often 100-200 m apart).
 */
export const TOWN_GRIDS: readonly TownGrid[] = [
  {
    key: 'singaraja',
    areaCodes: DESA_POINTS.filter((d) => d.code.startsWith('51.08.06.1')).map((d) => d.code),
    spacingM: 300,
    origin: [115.0893, -8.119],
  },
  { key: 'seririt', areaCodes: ['51.08.02.1015'], spacingM: 300, origin: [114.9355, -8.1935] },
];
