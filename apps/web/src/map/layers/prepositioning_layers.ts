import type { LayerSpecification } from 'maplibre-gl';
import { overlayColors as c } from '../palette.ts';
import { FONT_BOLD } from './fonts.ts';
import { inGroup } from './group.ts';

/** The pre-positioning plan: dashed lines cache -> zone, zone dots (green complete, red short), numbered caches. */
export function prepositioningLayers(): LayerSpecification[] {
  return [
    inGroup('overlay', {
      id: 'prepositioning-link',
      type: 'line',
      source: 'prepositioning',
      filter: ['==', ['get', 'kind'], 'link'],
      paint: { 'line-color': c.prepositionedCache, 'line-width': 2, 'line-dasharray': [2, 2] },
    }),
    inGroup('overlay', {
      id: 'prepositioning-zone',
      type: 'circle',
      source: 'prepositioning',
      filter: ['==', ['get', 'kind'], 'zone'],
      paint: {
        'circle-radius': 8,
        'circle-color': ['case', ['get', 'complete'], c.zoneComplete, c.zoneShort],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    }),
    inGroup('overlay', {
      id: 'prepositioning-cache',
      type: 'circle',
      source: 'prepositioning',
      filter: ['==', ['get', 'kind'], 'cache'],
      paint: {
        'circle-radius': 13,
        'circle-color': '#ffffff',
        'circle-stroke-color': c.prepositionedCache,
        'circle-stroke-width': 4,
      },
    }),
    inGroup('overlay', {
      id: 'prepositioning-label',
      type: 'symbol',
      source: 'prepositioning',
      filter: ['==', ['get', 'kind'], 'cache'],
      layout: {
        'text-field': ['get', 'label'],
        'text-font': FONT_BOLD,
        'text-size': 13,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': c.prepositionedCache },
    }),
  ];
}
