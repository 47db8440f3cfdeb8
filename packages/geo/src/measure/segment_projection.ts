/**
 * Where the perpendicular from p meets segment a-b, as a fraction of the way from a to b clamped to [0, 1]
 * (0 for a zero-length segment). Planar: pass local metres, not degrees.
 *
 * @example segmentFraction(5, 3, 0, 0, 10, 0) // 0.5
 */
export function segmentFraction(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  return len2 > 0 ? Math.min(1, Math.max(0, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
}

/**
 * Planar distance from p to the nearest point of segment a-b.
 *
 * @example pointSegmentDistance(5, 3, 0, 0, 10, 0) // 3
 */
export function pointSegmentDistance(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const t = segmentFraction(px, py, ax, ay, bx, by);
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}
