import type { LineStringGeometry, MultiPolygonGeometry, PointGeometry } from '@siaga/schema';

/** ST_AsGeoJSON output of a column with a known geometry type. */
export function parsePoint(json: string): PointGeometry {
  return JSON.parse(json) as PointGeometry;
}
export function parseLineString(json: string): LineStringGeometry {
  return JSON.parse(json) as LineStringGeometry;
}
export function parseMultiPolygon(json: string): MultiPolygonGeometry {
  return JSON.parse(json) as MultiPolygonGeometry;
}
