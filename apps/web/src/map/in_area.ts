import type { MultiPolygonGeometry } from '@siaga/schema';

/** Even-odd test over every ring, so holes and islands (Pulau Menjangan) count right. */
export function inArea(area: MultiPolygonGeometry, lon: number, lat: number): boolean {
  let inside = false;
  for (const polygon of area.coordinates) {
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const p = ring[i];
        const q = ring[j];
        if (!p || !q) continue;
        if (p[1] > lat !== q[1] > lat && lon < p[0] + ((lat - p[1]) / (q[1] - p[1])) * (q[0] - p[0])) {
          inside = !inside;
        }
      }
    }
  }
  return inside;
}
