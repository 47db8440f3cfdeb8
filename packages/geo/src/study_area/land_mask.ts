import { distanceToRings, type OutlinePolygons } from '../measure/distance_to_rings.ts';
import { pointInPolygon } from '../measure/point_in_polygon.ts';

/** Where the stored land is: what is outside every one of its polygons is sea. */
export interface LandMask {
  contains(point: readonly number[]): boolean;
  /** Metres from a point at sea to the nearest coast (the nearest edge of any land polygon). */
  coastDistanceM(point: readonly number[]): number;
}

type Box = [number, number, number, number];

function boxOf(rings: OutlinePolygons[number]): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = 0, y = 0] of rings[0] ?? []) {
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  }
  return box;
}

/**
 * The land mask of stored land polygons (the basemap's `land` with the kabupaten outline, whose coast is the
 * more detailed), each tested only when its bounding box holds the point; null when no land is stored, so that
 * nothing is called sea on no evidence.
 *
 * @example landMaskOf([bali, ...kabupaten])?.contains([115.1, -7.9]) // false: the Bali Sea
 */
export function landMaskOf(polygons: OutlinePolygons): LandMask | null {
  if (polygons.length === 0) return null;
  const parts = polygons.map((rings) => ({ rings, box: boxOf(rings) }));
  return {
    contains: ([x = 0, y = 0]) =>
      parts.some(
        ({ rings, box: [w, s, e, n] }) => x >= w && x <= e && y >= s && y <= n && pointInPolygon(x, y, rings),
      ),
    coastDistanceM: (point) => distanceToRings(point, polygons, 0),
  };
}
