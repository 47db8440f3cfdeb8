import type { GeometryAt } from '../network/require_in_study_area.ts';

const geometryTypes = new Set(['Point', 'LineString', 'Polygon', 'MultiPolygon']);

function isGeometry(value: object): value is GeometryAt['geometry'] {
  return (
    'type' in value &&
    typeof value.type === 'string' &&
    geometryTypes.has(value.type) &&
    'coordinates' in value &&
    Array.isArray(value.coordinates)
  );
}

/** A `position` member holding [lon, lat] (a scenario's candidates and moved posts) is a point too. */
function positionOf(value: object): GeometryAt['geometry'] | null {
  if (!('position' in value) || !Array.isArray(value.position)) return null;
  const p: unknown[] = value.position;
  return p.length >= 2 && p.every((x) => typeof x === 'number') ? { type: 'Point', coordinates: p } : null;
}

/**
 * Every GeoJSON geometry in a validated request body, with its path (`body.features.2.geometry`,
 * `body.closures.0`, `body.document.candidates.0.position`), so one check can hold all of them to the study area.
 *
 * @example
 * geometriesIn({ incident: { type: 'Point', coordinates: [115.1, -8.1] } }, 'body')
 * // [{ geometry: { type: 'Point', … }, path: 'body.incident' }]
 */
export function geometriesIn(value: unknown, path: string): GeometryAt[] {
  if (value === null || typeof value !== 'object') return [];
  if (isGeometry(value)) return [{ geometry: value, path }];
  const position = positionOf(value);
  if (position !== null) return [{ geometry: position, path: `${path}.position` }];
  const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
  return [...entries].flatMap(([key, inner]) => geometriesIn(inner, `${path}.${key}`));
}
