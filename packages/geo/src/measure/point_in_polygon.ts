/**
 * Is (x, y) inside the polygon given by its rings? Even-odd over all rings, so holes (inner rings) are outside.
 * Works in any planar frame (degrees or local metres); points exactly on an edge may fall either way.
 *
 * @example pointInPolygon(0.5, 0.5, [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]) // true
 */
export function pointInPolygon(
  x: number,
  y: number,
  rings: readonly (readonly (readonly number[])[])[],
): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const xi = ring[i]?.[0] ?? 0;
      const yi = ring[i]?.[1] ?? 0;
      const xj = ring[j]?.[0] ?? 0;
      const yj = ring[j]?.[1] ?? 0;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}
