import { poleOfInaccessibility } from '@siaga/geo';
import type { AdminAreaFeature } from '@siaga/schema';

/** Found once per loaded record: the map's label source and the gazetteer both ask (records are never mutated). */
const poles = new WeakMap<AdminAreaFeature, [number, number]>();

function poleOf(area: AdminAreaFeature): [number, number] {
  let pole = poles.get(area);
  if (!pole) {
    pole = poleOfInaccessibility(area.geometry.coordinates) ?? [0, 0];
    poles.set(area, pole);
  }
  return [pole[0], pole[1]];
}

/**
 * Where an area's name label goes. A desa's stored point is a real place (the desa point of the seed or an
 * import, where coverage measures the desa) and is kept. A kecamatan's or kabupaten's stored point is only the
 * database's fill-in (ST_PointOnSurface, on a horizontal line through the area, often against a border where it
 * meets the neighbour's name), so those, and a desa without a point, are labelled at their pole of
 * inaccessibility: the point farthest inside from the outline, clear of the borders even on a U or a long coast.
 *
 * @example areaLabelPoint(desa) // [115.24, -8.16]
 */
export function areaLabelPoint(area: AdminAreaFeature): [number, number] {
  const stored = area.properties.labelPoint?.coordinates;
  if (stored && area.properties.level === 'desa') return [stored[0], stored[1]];
  return poleOf(area);
}
