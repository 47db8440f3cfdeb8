import type { IncidentStatus, PostStatus } from '@siaga/schema';
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { basemapColors as c } from '../palette.ts';
import { CACHE_ICON_ID, HALO_ICON_ID } from '../post_symbol.ts';
import { byState, matchBy } from './expressions.ts';
import { FONT_BOLD, FONT_REGULAR } from './fonts.ts';
import { inGroup, type LayerGroup } from './group.ts';

const iconSize: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 8, 0.8, 12, 1, 16, 1.25];

function halo(group: LayerGroup, source: string): LayerSpecification {
  return inGroup(group, {
    id: `${source}-halo`,
    type: 'circle',
    source,
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 12, 14, 16],
      'circle-color': byState(c.selected, c.hover, c.hover),
      'circle-opacity': byState(0.45, 0.25, 0),
      'circle-stroke-color': c.selected,
      'circle-stroke-width': byState(2, 0, 0),
    },
  });
}

/** A cache kept at a post sits on the same point: it is nudged aside so both stay visible and clickable. */
const cacheOffset: ExpressionSpecification = [
  'case',
  ['get', 'atPost'],
  ['literal', [17, 0]],
  ['literal', [0, 0]],
];

/** Caches are offset from their point, which a circle layer cannot follow; their halos are offset icons too. */
function cacheHalos(): LayerSpecification[] {
  return (['hover', 'selected'] as const).map((state) =>
    inGroup('caches', {
      id: `caches-${state}-halo`,
      type: 'symbol',
      source: 'caches',
      layout: {
        'icon-image': HALO_ICON_ID[state],
        // The same size as the cache icon, so that the offset (scaled by icon-size) lands on it.
        'icon-size': iconSize,
        'icon-offset': cacheOffset,
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: { 'icon-opacity': state === 'selected' ? byState(1, 0, 0) : byState(0, 1, 0) },
    }),
  );
}

const labelPaint = {
  'text-color': '#1f2328',
  'text-halo-color': '#ffffff',
  'text-halo-width': 1.6,
} as const;

const incidentOrder = {
  cancelled: 0,
  resolved: 1,
  reported: 2,
  verified: 3,
  responding: 4,
} as const satisfies Record<IncidentStatus, number>;
const postOrder = { closed: 0, proposed: 1, planned: 2, operational: 3 } as const satisfies Record<
  PostStatus,
  number
>;

export function pointLayers(): LayerSpecification[] {
  return [
    ...cacheHalos(),
    halo('posts', 'posts'),
    halo('incidents', 'incidents'),
    inGroup('caches', {
      id: 'caches-icon',
      type: 'symbol',
      source: 'caches',
      layout: {
        'icon-image': CACHE_ICON_ID,
        'icon-size': iconSize,
        'icon-offset': cacheOffset,
        'icon-allow-overlap': true,
      },
    }),
    inGroup('posts', {
      id: 'posts-icon',
      type: 'symbol',
      source: 'posts',
      layout: {
        'icon-image': ['get', 'icon'],
        'icon-size': iconSize,
        'icon-allow-overlap': true,
        'symbol-sort-key': matchBy('status', postOrder, 0),
      },
    }),
    inGroup('incidents', {
      id: 'incidents-icon',
      type: 'symbol',
      source: 'incidents',
      layout: {
        'icon-image': ['get', 'icon'],
        // Closed incidents (resolved, cancelled) are history: smaller, so they do not hide the posts around them.
        'icon-size': [
          'interpolate',
          ['linear'],
          ['zoom'],
          8,
          ['match', ['get', 'status'], ['resolved', 'cancelled'], 0.55, 0.8],
          16,
          ['match', ['get', 'status'], ['resolved', 'cancelled'], 0.8, 1.25],
        ],
        'icon-allow-overlap': true,
        'symbol-sort-key': matchBy('status', incidentOrder, 0),
      },
    }),
    inGroup('caches', {
      id: 'caches-label',
      type: 'symbol',
      source: 'caches',
      minzoom: 12.5,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_REGULAR,
        'text-size': 11,
        'text-anchor': 'top',
        'text-offset': [0, 1.1],
        'text-max-width': 10,
        'text-optional': true,
      },
      paint: labelPaint,
    }),
    inGroup('posts', {
      id: 'posts-label',
      type: 'symbol',
      source: 'posts',
      minzoom: 10.5,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_BOLD,
        'text-size': ['interpolate', ['linear'], ['zoom'], 10.5, 10.5, 14, 12.5],
        'text-anchor': 'top',
        'text-offset': [0, 1.1],
        'text-max-width': 10,
        'text-optional': true,
      },
      paint: labelPaint,
    }),
    inGroup('incidents', {
      id: 'incidents-label',
      type: 'symbol',
      source: 'incidents',
      minzoom: 13,
      layout: {
        'text-field': ['get', 'title'],
        'text-font': FONT_REGULAR,
        'text-size': 11,
        'text-anchor': 'bottom',
        'text-offset': [0, -1.2],
        'text-max-width': 12,
        'text-optional': true,
      },
      paint: { ...labelPaint, 'text-color': '#a61e1e' },
    }),
  ];
}

/** Clickable layers, most specific first: a click on a post inside a hazard zone inside a desa picks the post. */
export const INTERACTIVE_LAYERS = [
  'incidents-icon',
  'posts-icon',
  'caches-icon',
  'hazard-fill',
  'desa-fill',
] as const;
export type InteractiveLayerId = (typeof INTERACTIVE_LAYERS)[number];
