import type { HazardLevel } from '@siaga/schema';
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { hazardLevelOpacity, hazardTypeColor } from '../palette.ts';
import { byState, matchBy } from './expressions.ts';
import { inGroup } from './group.ts';

const typeColor = matchBy('hazardType', hazardTypeColor, '#868e96');
const levelOpacity = matchBy('level', hazardLevelOpacity, 0.2);

const levelOrder = { rendah: 1, sedang: 2, tinggi: 3 } as const satisfies Record<HazardLevel, number>;

export function hazardLayers(): LayerSpecification[] {
  return [
    inGroup('hazardZones', {
      id: 'hazard-fill',
      type: 'fill',
      source: 'hazardZones',
      // Higher levels drawn last so a "tinggi" core is not washed out by an overlapping "rendah" zone.
      layout: { 'fill-sort-key': matchBy('level', levelOrder, 0) },
      paint: {
        'fill-color': typeColor,
        'fill-opacity': byState(
          ['+', levelOpacity, 0.15] as ExpressionSpecification,
          ['+', levelOpacity, 0.08] as ExpressionSpecification,
          levelOpacity,
        ),
      },
    }),
    inGroup('hazardZones', {
      id: 'hazard-line',
      type: 'line',
      source: 'hazardZones',
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': typeColor,
        'line-width': byState(3, 2, 1),
        'line-opacity': 0.85,
      },
    }),
  ];
}
