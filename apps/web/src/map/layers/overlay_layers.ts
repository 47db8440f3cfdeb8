import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { overlayColors as c } from '../palette.ts';
import { FONT_BOLD } from './fonts.ts';
import { inGroup } from './group.ts';

/**
 * Planner and dispatcher overlays. They are always "visible": their sources are empty unless the panel that
 * owns them is open, so the layer toggles stay about the data.
 */

/** Below the roads, so the road network stays readable through gaps and bands. */
export function areaOverlayLayers(): LayerSpecification[] {
  return [
    inGroup('overlay', {
      id: 'isochrones-fill',
      type: 'fill',
      source: 'isochrones',
      // Outer bands first: each inner band is drawn over the ones that contain it.
      layout: { 'fill-sort-key': ['-', 0, ['get', 'band']] },
      // The outline pass is off: isochrones-line draws the same edges.
      paint: { 'fill-color': ['get', 'color'], 'fill-opacity': 0.28, 'fill-antialias': false },
    }),
    inGroup('overlay', {
      id: 'isochrones-line',
      type: 'line',
      source: 'isochrones',
      paint: { 'line-color': ['get', 'color'], 'line-width': 1.4 },
    }),
    inGroup('overlay', {
      id: 'gaps-fill',
      type: 'fill',
      source: 'gaps',
      // The outline pass is off: gaps-line draws the same edges.
      paint: { 'fill-color': c.gap, 'fill-opacity': 0.16, 'fill-antialias': false },
    }),
    inGroup('overlay', {
      id: 'gaps-line',
      type: 'line',
      source: 'gaps',
      paint: { 'line-color': c.gap, 'line-width': 1, 'line-opacity': 0.7 },
    }),
  ];
}

/** A route another card has the focus of fades back. */
const dimmed: ExpressionSpecification = ['case', ['get', 'dim'], 0.22, 1];

/** Above the roads, below the post symbols. */
export function routeOverlayLayers(): LayerSpecification[] {
  return [
    inGroup('overlay', {
      id: 'routes-casing',
      type: 'line',
      source: 'routes',
      layout: {
        'line-cap': 'round',
        'line-join': 'round',
        'line-sort-key': ['case', ['get', 'focus'], 100, ['-', 0, ['get', 'rank']]],
      },
      paint: {
        'line-color': c.routeCasing,
        'line-width': ['interpolate', ['linear'], ['zoom'], 9, ['case', ['get', 'focus'], 8, 5], 14, 12],
        'line-opacity': dimmed,
      },
    }),
    inGroup('overlay', {
      id: 'routes-line',
      type: 'line',
      source: 'routes',
      filter: ['==', ['get', 'kind'], 'post'],
      layout: {
        'line-cap': 'round',
        'line-join': 'round',
        'line-sort-key': ['case', ['get', 'focus'], 100, ['-', 0, ['get', 'rank']]],
      },
      paint: {
        'line-color': ['get', 'color'],
        'line-width': ['interpolate', ['linear'], ['zoom'], 9, ['case', ['get', 'focus'], 5, 3], 14, 8],
        'line-opacity': dimmed,
      },
    }),
    inGroup('overlay', {
      id: 'routes-cache-line',
      type: 'line',
      source: 'routes',
      filter: ['==', ['get', 'kind'], 'cache'],
      layout: {
        'line-join': 'round',
        'line-sort-key': ['case', ['get', 'focus'], 100, ['-', 0, ['get', 'rank']]],
      },
      paint: {
        'line-color': ['get', 'color'],
        'line-width': ['interpolate', ['linear'], ['zoom'], 9, ['case', ['get', 'focus'], 4.5, 2.5], 14, 7],
        'line-dasharray': [1.5, 1],
        'line-opacity': dimmed,
      },
    }),
  ];
}

/** The candidate being dragged stays faintly where it was; a DOM marker (drag_marker.ts) follows the pointer. */
const dragged = (faint: number, full: number | ExpressionSpecification): ExpressionSpecification => [
  'case',
  ['boolean', ['feature-state', 'dragging'], false],
  faint,
  full,
];

/** On top of everything: what the user placed. */
export function markerOverlayLayers(): LayerSpecification[] {
  return [
    inGroup('closures', {
      id: 'closures-line',
      type: 'line',
      source: 'closures',
      filter: ['!=', ['geometry-type'], 'Point'],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': c.closure, 'line-width': 4, 'line-dasharray': [1.2, 0.8] },
    }),
    inGroup('closures', {
      id: 'closures-circle',
      type: 'circle',
      source: 'closures',
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-radius': 9,
        'circle-color': c.closure,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2.5,
      },
    }),
    inGroup('closures', {
      id: 'closures-label',
      type: 'symbol',
      source: 'closures',
      filter: ['==', ['geometry-type'], 'Point'],
      layout: {
        'text-field': '×',
        'text-font': FONT_BOLD,
        'text-size': 16,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#ffffff' },
    }),
    inGroup('closures', {
      id: 'closures-name',
      type: 'symbol',
      source: 'closures',
      layout: {
        'text-field': ['get', 'roadName'],
        'text-font': FONT_BOLD,
        'text-size': 12,
        'text-offset': [0, 1.3],
        'text-anchor': 'top',
        'text-allow-overlap': true,
      },
      paint: { 'text-color': c.closure, 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
    }),
    inGroup('overlay', {
      id: 'incident-circle',
      type: 'circle',
      source: 'incident',
      paint: {
        'circle-radius': 11,
        'circle-color': '#ffffff',
        'circle-stroke-color': c.incident,
        'circle-stroke-width': 5,
      },
    }),
    inGroup('overlay', {
      id: 'sites-ring',
      type: 'circle',
      source: 'sites',
      paint: {
        'circle-radius': 15,
        'circle-color': '#ffffff',
        'circle-opacity': 0.85,
        'circle-stroke-color': c.suggestedSite,
        'circle-stroke-width': 4,
      },
    }),
    inGroup('overlay', {
      id: 'sites-label',
      type: 'symbol',
      source: 'sites',
      layout: {
        'text-field': ['get', 'rank'],
        'text-font': FONT_BOLD,
        'text-size': 13,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': c.suggestedSite },
    }),
    inGroup('overlay', {
      id: 'switched-off-ring',
      type: 'circle',
      source: 'switchedOff',
      paint: {
        'circle-radius': 13,
        'circle-color': c.switchedOff,
        'circle-opacity': 0.75,
        'circle-stroke-color': c.gap,
        'circle-stroke-width': 3,
      },
    }),
    inGroup('overlay', {
      id: 'switched-off-label',
      type: 'symbol',
      source: 'switchedOff',
      layout: {
        'text-field': '×',
        'text-font': FONT_BOLD,
        'text-size': 20,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#ffffff' },
    }),
    inGroup('overlay', {
      id: 'movedPosts-line',
      type: 'line',
      source: 'movedPosts',
      filter: ['==', ['get', 'part'], 'line'],
      paint: { 'line-color': c.movedPost, 'line-width': 2, 'line-dasharray': [2, 2] },
    }),
    inGroup('overlay', {
      id: 'movedPosts-place',
      type: 'circle',
      source: 'movedPosts',
      filter: ['==', ['get', 'part'], 'place'],
      paint: {
        'circle-radius': 9,
        'circle-color': c.movedPost,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    }),
    inGroup('overlay', {
      id: 'movedPosts-handle',
      type: 'circle',
      source: 'movedPosts',
      filter: ['==', ['get', 'part'], 'handle'],
      paint: {
        'circle-radius': 11,
        'circle-color': c.movedPost,
        'circle-opacity': dragged(0.3, ['case', ['get', 'moved'], 0.95, 0.55]),
        'circle-stroke-color': '#ffffff',
        'circle-stroke-opacity': dragged(0.3, 1),
        'circle-stroke-width': 3,
      },
    }),
    inGroup('overlay', {
      id: 'candidates-circle',
      type: 'circle',
      source: 'candidates',
      paint: {
        'circle-radius': ['case', ['get', 'selected'], 13, 11],
        'circle-color': ['case', ['==', ['get', 'side'], 'b'], c.candidateB, c.candidate],
        'circle-opacity': dragged(0.3, 0.9),
        'circle-stroke-color': ['case', ['get', 'selected'], '#f59f00', '#ffffff'],
        'circle-stroke-opacity': dragged(0.3, 1),
        'circle-stroke-width': 3,
      },
    }),
    inGroup('overlay', {
      id: 'candidates-label',
      type: 'symbol',
      source: 'candidates',
      layout: {
        'text-field': ['get', 'label'],
        'text-font': FONT_BOLD,
        'text-size': 11,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#ffffff', 'text-opacity': dragged(0.3, 1) },
    }),
    ...editLayers(),
  ];
}

/** The shape a form moves or draws: a dashed outline over a light fill, and white corners to drag. */
function editLayers(): LayerSpecification[] {
  const area: ExpressionSpecification = ['==', ['get', 'part'], 'area'];
  return [
    inGroup('overlay', {
      id: 'edit-fill',
      type: 'fill',
      source: 'edit',
      filter: ['all', area, ['==', ['geometry-type'], 'Polygon']],
      paint: { 'fill-color': c.edit, 'fill-opacity': 0.18 },
    }),
    inGroup('overlay', {
      id: 'edit-line',
      type: 'line',
      source: 'edit',
      filter: area,
      paint: { 'line-color': c.edit, 'line-width': 2.5, 'line-dasharray': [2, 1] },
    }),
    inGroup('overlay', {
      id: 'edit-vertices',
      type: 'circle',
      source: 'edit',
      filter: ['==', ['get', 'part'], 'vertex'],
      paint: {
        'circle-radius': 8,
        'circle-color': '#ffffff',
        'circle-stroke-color': c.edit,
        'circle-stroke-width': 3,
      },
    }),
  ];
}
