import type { OverlaySourceId } from './overlay_sources.ts';

/**
 * Overlays with large polygons: each new answer re-tiles them and redraws the whole map. While a candidate is
 * dragged the engine answers about once a frame, so these follow at most once per DRAG_OVERLAY_INTERVAL_MS
 * (the KPI numbers follow every answer); after the release they follow at once again.
 */
export const HEAVY_OVERLAYS: ReadonlySet<OverlaySourceId> = new Set(['gaps', 'isochrones']);
export const DRAG_OVERLAY_INTERVAL_MS = 500;

/** Milliseconds to wait before a source last sent at `lastSentAt` may be sent again (0: now). */
export function delayBeforeSend(lastSentAt: number | undefined, now: number, intervalMs: number): number {
  return lastSentAt === undefined ? 0 : Math.max(0, lastSentAt + intervalMs - now);
}
