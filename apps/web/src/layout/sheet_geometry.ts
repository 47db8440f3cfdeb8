/** How much of a phone screen the panel takes: the tabs only, half of the map, or all of it. */
export const SHEET_MODES = ['collapsed', 'half', 'full'] as const;
export type SheetMode = (typeof SHEET_MODES)[number];

/** The collapsed sheet shows its handle bar and the tabs: two rows of 44 px touch targets and a margin. */
export const COLLAPSED_SHEET_PX = 112;

/** The sheet's height in pixels for `mode` in a body `bodyPx` tall. */
export function sheetHeight(mode: SheetMode, bodyPx: number): number {
  switch (mode) {
    case 'collapsed':
      return Math.min(COLLAPSED_SHEET_PX, bodyPx);
    case 'half':
      return Math.round(bodyPx / 2);
    case 'full':
      return bodyPx;
    default:
      return mode satisfies never;
  }
}

/**
 * The mode a dragged sheet settles in: the nearest of the three heights, except that a flick (more than
 * 0.5 px/ms) goes on to the next mode in its direction, as phone sheets do.
 */
export function snapSheet(heightPx: number, bodyPx: number, velocityPxPerMs = 0): SheetMode {
  const heights = SHEET_MODES.map((m) => sheetHeight(m, bodyPx));
  const gaps = heights.map((h) => Math.abs(h - heightPx));
  let nearest = gaps.indexOf(Math.min(...gaps));
  if (velocityPxPerMs > 0.5) {
    const taller = heights.findIndex((h) => h > heightPx);
    nearest = taller >= 0 ? taller : heights.length - 1;
  } else if (velocityPxPerMs < -0.5) {
    const shorter = heights.map((h) => h < heightPx).lastIndexOf(true);
    nearest = Math.max(shorter, 0);
  }
  return SHEET_MODES[nearest] ?? 'half';
}

/** The desktop side panel's width limits (px) and its default. */
export const SIDEBAR_WIDTH = { min: 300, max: 720, initial: 400 } as const;

export function clampSidebarWidth(px: number): number {
  return Math.round(Math.min(SIDEBAR_WIDTH.max, Math.max(SIDEBAR_WIDTH.min, px)));
}
