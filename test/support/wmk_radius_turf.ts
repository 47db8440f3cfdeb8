import type { CoveragePost } from '@siaga/geo';
import type { AreaGeometry } from '@siaga/schema';
import { area, circle, featureCollection, intersect, multiPolygon, polygon, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

/**
 * REFERENCE ONLY (tests and the benchmark): the WMK radius area the slow, obvious way, buffering each post by
 * `radiusM` with Turf (a 64-step circle), unioning the buffers and intersecting with the land. The grid version
 * (straightDistances) is what the app uses; this one checks it and shows what it saves.
 */
export function wmkRadiusAreaTurf(
  land: AreaGeometry,
  posts: readonly CoveragePost[],
  radiusM: number,
): { areaKm2: number; covered: Feature<Polygon | MultiPolygon> | null } {
  if (posts.length === 0) return { areaKm2: 0, covered: null };
  const circles = posts.map((p) =>
    circle([p.position[0] ?? 0, p.position[1] ?? 0], radiusM / 1000, { steps: 64, units: 'kilometers' }),
  );
  const buffers = circles.length === 1 ? circles[0] : union(featureCollection(circles));
  if (buffers === null || buffers === undefined) return { areaKm2: 0, covered: null };
  const landFeature =
    land.type === 'Polygon'
      ? polygon(land.coordinates.map((r) => r.map((p) => [p[0], p[1]])))
      : multiPolygon(land.coordinates.map((poly) => poly.map((r) => r.map((p) => [p[0], p[1]]))));
  const covered = intersect(featureCollection<Polygon | MultiPolygon>([buffers, landFeature]));
  return { areaKm2: covered === null ? 0 : area(covered) / 1e6, covered };
}
