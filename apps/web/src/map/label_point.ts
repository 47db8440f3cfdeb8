import type { AdminAreaFeature } from '@siaga/schema';
import { booleanPointInPolygon, centerOfMass, pointOnFeature } from '@turf/turf';

/**
 * Where an area's name label goes: its stored representative point (the desa point of the seed or an import,
 * which every stored desa has), else its centre of mass when that lies inside, else a point Turf finds on it.
 *
 * @example areaLabelPoint(desa) // [115.24, -8.16]
 */
export function areaLabelPoint(area: AdminAreaFeature): [number, number] {
  const stored = area.properties.labelPoint?.coordinates;
  if (stored) return [stored[0], stored[1]];
  const centre = centerOfMass(area.geometry);
  const point = booleanPointInPolygon(centre, area.geometry) ? centre : pointOnFeature(area.geometry);
  const [lon = 0, lat = 0] = point.geometry.coordinates;
  return [lon, lat];
}
