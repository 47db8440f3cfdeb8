import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { type RoadRank, roadRankStyle } from '../palette.ts';
import { matchBy } from './expressions.ts';
import { FONT_REGULAR } from './fonts.ts';
import { inGroup } from './group.ts';

const RANKS = Object.keys(roadRankStyle).map(Number) as RoadRank[];

/** Fill width in pixels by rank at zoom 8, 12 and 16. */
const widths: Record<RoadRank, [number, number, number]> = {
  1: [1.6, 4.5, 14],
  2: [1.2, 3.6, 12],
  3: [0.9, 3, 10],
  4: [0.6, 2.4, 8.5],
  5: [0.4, 1.8, 7],
  6: [0.3, 1.4, 6],
  7: [0.2, 1, 4],
  8: [0.3, 1, 2.5],
};

function byRank<V extends number | string>(pick: (r: RoadRank) => V): ExpressionSpecification {
  return matchBy('rank', Object.fromEntries(RANKS.map((r) => [r, pick(r)])), pick(6));
}

function width(extra: number): ExpressionSpecification {
  return [
    'interpolate',
    ['exponential', 1.4],
    ['zoom'],
    8,
    byRank((r) => widths[r][0] + extra * 0.5),
    12,
    byRank((r) => widths[r][1] + extra),
    16,
    byRank((r) => widths[r][2] + extra * 1.5),
  ];
}

/** Local roads fade in from zoom 9 so the regency view shows the corridors, not a mesh. */
const minorFade: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['zoom'],
  9,
  ['case', ['>=', ['get', 'rank'], 5], 0, 1],
  11,
  1,
];

const notTrack: ExpressionSpecification = ['!=', ['get', 'roadClass'], 'track'];

export function roadLayers(): LayerSpecification[] {
  return [
    inGroup('roads', {
      id: 'roads-casing',
      type: 'line',
      source: 'roads',
      filter: notTrack,
      layout: { 'line-join': 'round', 'line-cap': 'round', 'line-sort-key': ['-', 0, ['get', 'rank']] },
      paint: {
        'line-color': byRank((r) => roadRankStyle[r].casing),
        'line-width': width(1.6),
        'line-opacity': minorFade,
      },
    }),
    inGroup('roads', {
      id: 'roads-track',
      type: 'line',
      source: 'roads',
      filter: ['==', ['get', 'roadClass'], 'track'],
      minzoom: 10,
      paint: {
        'line-color': roadRankStyle[8].fill,
        'line-width': width(0),
        'line-dasharray': [2, 1.5],
      },
    }),
    inGroup('roads', {
      id: 'roads-fill',
      type: 'line',
      source: 'roads',
      filter: notTrack,
      layout: { 'line-join': 'round', 'line-cap': 'round', 'line-sort-key': ['-', 0, ['get', 'rank']] },
      paint: {
        'line-color': byRank((r) => roadRankStyle[r].fill),
        'line-width': width(0),
        'line-opacity': minorFade,
      },
    }),
  ];
}

export function roadLabelLayers(): LayerSpecification[] {
  return [
    inGroup('roads', {
      id: 'roads-label',
      type: 'symbol',
      source: 'roads',
      minzoom: 11,
      filter: [
        'all',
        ['has', 'label'],
        ['any', ['<=', ['get', 'rank'], 3], ['>=', ['zoom'], 13.5]],
      ] as ExpressionSpecification,
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 320,
        'text-field': ['get', 'label'],
        'text-font': FONT_REGULAR,
        'text-size': ['interpolate', ['linear'], ['zoom'], 11, 10, 16, 13],
        'text-max-angle': 30,
        'text-padding': 2,
      },
      paint: { 'text-color': '#41454c', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
    }),
  ];
}
