import type { HazardLevel } from '@siaga/schema';
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { hazardLevelOpacity, hazardTypeColor, hazardTypeOpacityScale } from '../palette.ts';
import { byState, matchBy } from './expressions.ts';
import { inGroup } from './group.ts';

const typeColor = matchBy('hazardType', hazardTypeColor, '#868e96');
const levelOpacity: ExpressionSpecification = [
  '*',
  matchBy('level', hazardLevelOpacity, 0.2),
  matchBy('hazardType', hazardTypeOpacityScale, 1),
];

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
        // Hover shows on the outline only: a regency-wide zone would otherwise flash the whole map.
        'fill-opacity': byState(['+', levelOpacity, 0.12], levelOpacity, levelOpacity),
        // The outline pass is off: hazard-line draws the same edges.
        'fill-antialias': false,
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
