import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { basemapColors as c } from '../palette.ts';
import { FONT_REGULAR } from './fonts.ts';
import { inGroup } from './group.ts';

const isArea: ExpressionSpecification = [
  'all',
  ['==', ['get', 'shape'], 'area'],
  ['!=', ['get', 'kind'], 'land'],
];
const isLine: ExpressionSpecification = ['==', ['get', 'shape'], 'line'];

/** Line width by OSM waterway class and zoom: rivers widest, streams thin, canals and drains thinnest. */
const width: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['zoom'],
  9,
  ['match', ['get', 'kind'], 'river', 1.2, 'stream', 0.5, 0.4],
  14,
  ['match', ['get', 'kind'], 'river', 4, 'stream', 1.8, 1.2],
];

/** Lakes, reservoirs and ponds, then rivers and streams (an intermittent stream dashed), over the land. */
export function waterLayers(): LayerSpecification[] {
  return [
    inGroup('water', {
      id: 'water-area',
      type: 'fill',
      source: 'basemap',
      filter: isArea,
      paint: { 'fill-color': c.water, 'fill-outline-color': c.waterway },
    }),
    inGroup('water', {
      id: 'waterway',
      type: 'line',
      source: 'basemap',
      filter: ['all', isLine, ['!', ['get', 'intermittent']]],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': c.waterway, 'line-width': width, 'line-opacity': 0.85 },
    }),
    inGroup('water', {
      id: 'waterway-intermittent',
      type: 'line',
      source: 'basemap',
      filter: ['all', isLine, ['get', 'intermittent']],
      paint: { 'line-color': c.waterway, 'line-width': width, 'line-opacity': 0.7, 'line-dasharray': [3, 2] },
    }),
  ];
}

/** Names of rivers (along the line) and lakes, from zoom 11 and 10: the local labels need no glyph server. */
export function waterLabelLayers(): LayerSpecification[] {
  const paint = { 'text-color': c.waterLabel, 'text-halo-color': c.labelHalo, 'text-halo-width': 1.2 };
  return [
    inGroup('water', {
      id: 'waterway-label',
      type: 'symbol',
      source: 'basemap',
      minzoom: 11,
      filter: ['all', isLine, ['has', 'name']],
      layout: {
        'symbol-placement': 'line',
        'text-field': ['get', 'name'],
        'text-font': FONT_REGULAR,
        'text-size': 11,
        'symbol-spacing': 400,
      },
      paint,
    }),
    inGroup('water', {
      id: 'water-area-label',
      type: 'symbol',
      source: 'basemap',
      minzoom: 10,
      filter: ['all', isArea, ['has', 'name']],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_REGULAR,
        'text-size': 11,
        'text-max-width': 8,
      },
      paint: { ...paint, 'text-opacity': 0.9 },
    }),
  ];
}
