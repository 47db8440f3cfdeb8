import type { Position } from 'geojson';

/** Local equirectangular metres around Buleleng (lat ≈ -8.2°): good to well under 1 % over the kabupaten. */
export const M_PER_DEG_LAT = 110_580;
export const M_PER_DEG_LON = 111_320 * Math.cos((-8.2 * Math.PI) / 180);

export function distanceM(a: Position, b: Position): number {
  return Math.hypot(((a[0] ?? 0) - (b[0] ?? 0)) * M_PER_DEG_LON, ((a[1] ?? 0) - (b[1] ?? 0)) * M_PER_DEG_LAT);
}

/** The closest point to p on segment a-b, with its distance in metres and position t along the segment. */
export function projectOnSegment(
  p: Position,
  a: Position,
  b: Position,
): { at: Position; t: number; d: number } {
  const ax = (a[0] ?? 0) * M_PER_DEG_LON;
  const ay = (a[1] ?? 0) * M_PER_DEG_LAT;
  const bx = (b[0] ?? 0) * M_PER_DEG_LON;
  const by = (b[1] ?? 0) * M_PER_DEG_LAT;
  const px = (p[0] ?? 0) * M_PER_DEG_LON;
  const py = (p[1] ?? 0) * M_PER_DEG_LAT;
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  const at: Position = [(ax + t * dx) / M_PER_DEG_LON, (ay + t * dy) / M_PER_DEG_LAT];
  return { at, t, d: Math.hypot(px - ax - t * dx, py - ay - t * dy) };
}
