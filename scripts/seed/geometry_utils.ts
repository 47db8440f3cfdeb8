import { area, cleanCoords, featureCollection, intersect, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { roundPositions } from './round.ts';

export type Area = Feature<Polygon | MultiPolygon>;

/** The polygons of an area as a list of Polygon coordinate arrays. */
export function polygonsOf(a: Area): Position[][][] {
  return a.geometry.type === 'Polygon' ? [a.geometry.coordinates] : a.geometry.coordinates;
}

/**
 * Rounds to 5 decimals and drops what rounding breaks: repeated positions, rings that collapse below 4
 * positions and polygons under 1 m². Output is always a MultiPolygon.
 */
export function roundArea(a: Area): Feature<MultiPolygon> {
  const polys: Position[][][] = [];
  for (const poly of polygonsOf(a)) {
    const rings: Position[][] = [];
    for (const ring of poly) {
      const r = roundPositions(ring);
      const cleaned = cleanCoords({ type: 'LineString', coordinates: r }) as { coordinates: Position[] };
      const c = cleaned.coordinates;
      const first = c[0];
      const last = c[c.length - 1];
      if (first && last && (first[0] !== last[0] || first[1] !== last[1])) c.push(first);
      if (c.length >= 4) rings.push(c);
      else if (rings.length === 0) break;
    }
    if (rings.length > 0 && area({ type: 'Polygon', coordinates: rings }) > 1) polys.push(rings);
  }
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: polys } };
}

export function intersectAreas(a: Area, b: Area): Area | null {
  return intersect(featureCollection([a, b]));
}

export function unionAreas(parts: Area[]): Area {
  const u = parts.length === 1 ? parts[0] : union(featureCollection(parts));
  if (!u) throw new Error('union of areas is empty');
  return u;
}

export function areaKm2(a: Area): number {
  return area(a) / 1e6;
}
