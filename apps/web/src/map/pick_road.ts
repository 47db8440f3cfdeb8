import { metresPerDegree, segmentFraction } from '@siaga/geo';
import type { Position, RoadFeature } from '@siaga/schema';

export interface PickedRoad {
  roadId: string;
  name: string | null;
  /** The point of the road nearest the click, at full resolution (not the simplified rendered line). */
  position: Position;
  distanceM: number;
}

/**
 * The road nearest a click among the roads the map drew within a few pixels of it (`ids`, from
 * queryRenderedFeatures): screen distance chooses the candidates, so a click at any zoom finds the road it was
 * aimed at, and the stored geometry gives the exact point on it. Null when no candidate is a known road.
 *
 * @example pickRoad(roads, ['r1', 'r2'], [115.24, -8.16])
 */
export function pickRoad(
  roads: readonly RoadFeature[],
  ids: readonly string[],
  click: Position,
): PickedRoad | null {
  if (ids.length === 0) return null;
  const wanted = new Set(ids);
  const scale = metresPerDegree(click[1]);
  let best: PickedRoad | null = null;
  for (const road of roads) {
    if (!wanted.has(road.properties.id)) continue;
    const c = road.geometry.coordinates;
    for (let i = 0; i + 1 < c.length; i++) {
      const a = c[i] as Position;
      const b = c[i + 1] as Position;
      const t = segmentFraction(
        click[0] * scale.x,
        click[1] * scale.y,
        a[0] * scale.x,
        a[1] * scale.y,
        b[0] * scale.x,
        b[1] * scale.y,
      );
      const p: Position = [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
      const d = Math.hypot((p[0] - click[0]) * scale.x, (p[1] - click[1]) * scale.y);
      if (best === null || d < best.distanceM) {
        best = { roadId: road.properties.id, name: road.properties.name, position: p, distanceM: d };
      }
    }
  }
  return best;
}
