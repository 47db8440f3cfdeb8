import type { Feature, Geometry } from 'geojson';
import type { SourceCollection } from '../map/source_data.ts';
import type { EditShape } from './shape_edits.ts';

type Props = Record<string, string | number>;

/**
 * The map's `edit` source: the zone being drawn (its fill from 3 corners on, its outline from 2), and one
 * draggable vertex per corner (or the one point), whose `id` is its index in the shape.
 */
export function shapeData(shape: EditShape | null): SourceCollection {
  if (shape === null) return { type: 'FeatureCollection', features: [] };
  const corners = shape.type === 'point' ? (shape.position === null ? [] : [shape.position]) : shape.ring;
  const features: Array<Feature<Geometry, Props>> = [];
  if (shape.type === 'polygon' && corners.length >= 3) {
    const first = corners[0] as [number, number];
    features.push({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [[...corners, first]] },
      properties: { id: 'area', part: 'area' },
    });
  } else if (shape.type === 'polygon' && corners.length === 2) {
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: corners },
      properties: { id: 'line', part: 'area' },
    });
  }
  for (const [i, p] of corners.entries()) {
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [...p] },
      properties: { id: String(i), part: 'vertex' },
    });
  }
  return { type: 'FeatureCollection', features } as SourceCollection;
}
