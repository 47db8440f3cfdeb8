import { type StudyArea, widened } from '@siaga/geo';

export type LngLatBox = [[number, number], [number, number]];

/** The map's first view and how far it may pan, for one study area (`key` changes with the area). */
export interface MapBounds {
  key: string;
  view: LngLatBox;
  max: LngLatBox;
}

/** The map may pan past the study area by its own larger side, and at least this far (metres). */
const MIN_PAN_MARGIN_M = 50_000;

/**
 * The stored study area's extent as the first view (the kabupaten outline, else the roads), and a pan limit
 * around it so the view cannot get lost; null while neither is loaded (the map keeps its world view).
 *
 * @example mapBoundsOf(area)?.view // [[114.43, -8.38], [115.46, -8.06]] on the Buleleng seed
 */
export function mapBoundsOf(area: StudyArea | null): MapBounds | null {
  if (area === null) return null;
  const [w, s, e, n] = area.extent;
  const sideM = Math.max((e - w) * 111_320 * Math.cos((((s + n) / 2) * Math.PI) / 180), (n - s) * 110_574);
  const [mw, ms, me, mn] = widened(area.extent, Math.max(MIN_PAN_MARGIN_M, sideM));
  return {
    key: area.extent.join(','),
    view: [
      [w, s],
      [e, n],
    ],
    max: [
      [Math.max(-180, mw), Math.max(-85, ms)],
      [Math.min(180, me), Math.min(85, mn)],
    ],
  };
}
