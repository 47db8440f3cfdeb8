import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { basemapColors as c } from '../palette.ts';
import { FONT_BOLD, FONT_REGULAR } from './fonts.ts';
import { inGroup } from './group.ts';

/**
 * Sea background, the island's land beyond the regency (`basemap` source, kind `land`) and the regency's land:
 * the offline basemap under everything else.
 */
export function basemapLayers(): LayerSpecification[] {
  return [
    inGroup('basemap', { id: 'sea', type: 'background', paint: { 'background-color': c.sea } }),
    inGroup('basemap', {
      id: 'outside-land',
      type: 'fill',
      source: 'basemap',
      filter: ['==', ['get', 'kind'], 'land'],
      paint: { 'fill-color': c.outsideLand, 'fill-antialias': true },
    }),
    inGroup('basemap', {
      id: 'land',
      type: 'fill',
      source: 'kabupaten',
      paint: { 'fill-color': c.land, 'fill-antialias': true },
    }),
  ];
}

const focusIs = (state: 'hover' | 'selected'): ExpressionSpecification => ['==', ['get', 'state'], state];

/**
 * Desa fill: the click target for desa details, never drawn (constant opacity 0, which MapLibre skips); the
 * hovered and selected desa are drawn from the small `desa-focus` source (desa_focus.ts).
 */
export function desaFillLayers(): LayerSpecification[] {
  return [
    inGroup('desa', {
      id: 'desa-fill',
      type: 'fill',
      source: 'desa',
      paint: { 'fill-color': c.hover, 'fill-opacity': 0 },
    }),
    inGroup('desa', {
      id: 'desa-focus-fill',
      type: 'fill',
      source: 'desa-focus',
      paint: {
        'fill-color': ['case', focusIs('selected'), c.selected, c.hover],
        'fill-opacity': ['case', focusIs('selected'), 0.14, 0.08],
        'fill-antialias': false,
      },
    }),
  ];
}

export function boundaryLayers(): LayerSpecification[] {
  return [
    inGroup('desa', {
      id: 'desa-line',
      type: 'line',
      source: 'desa',
      paint: {
        'line-color': c.desaLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 9, 0.4, 13, 1.2],
        'line-opacity': ['interpolate', ['linear'], ['zoom'], 9, 0.5, 11, 0.9],
      },
    }),
    inGroup('kecamatan', {
      id: 'kecamatan-line',
      type: 'line',
      source: 'kecamatan',
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': c.kecamatanLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1, 13, 2.4],
        'line-dasharray': [4, 2],
      },
    }),
    inGroup('kabupaten', {
      id: 'kabupaten-line',
      type: 'line',
      source: 'kabupaten',
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': c.kabupatenLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1.6, 13, 3.2],
      },
    }),
    inGroup('desa', {
      id: 'desa-selected-line',
      type: 'line',
      source: 'desa-focus',
      filter: focusIs('selected'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': c.selected, 'line-width': 3 },
    }),
  ];
}

/** The kecamatan names' type, shared by their layer and the adapter that keeps them apart. */
export const KECAMATAN_NAME = {
  minzoom: 8,
  /** [zoom, text size in px] stops, linear between them and constant beyond. */
  sizeStops: [
    [8, 10],
    [12, 15],
  ],
  letterSpacingEm: 0.14,
  maxWidthEm: 9,
  /** Clear space kept around each name, px. */
  paddingPx: 4,
} as const;

/** The kecamatan name's text size at a zoom, as the layer's `text-size` interpolates it. */
export function kecamatanNameSize(zoom: number): number {
  const [[z0, s0], [z1, s1]] = KECAMATAN_NAME.sizeStops;
  const t = Math.min(1, Math.max(0, (zoom - z0) / (z1 - z0)));
  return s0 + t * (s1 - s0);
}

export function adminLabelLayers(): LayerSpecification[] {
  const [[z0, s0], [z1, s1]] = KECAMATAN_NAME.sizeStops;
  return [
    inGroup('desa', {
      id: 'desa-label',
      type: 'symbol',
      source: 'desa-labels',
      minzoom: 10.6,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_REGULAR,
        'text-size': ['interpolate', ['linear'], ['zoom'], 10.6, 10, 14, 13],
        'text-max-width': 7,
        'text-padding': 4,
        // Posts and incidents are placed first; a name moves aside rather than vanish behind a symbol.
        'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.9,
      },
      paint: {
        'text-color': '#5f646c',
        'text-halo-color': c.labelHalo,
        'text-halo-width': 1.4,
        'text-opacity': ['interpolate', ['linear'], ['zoom'], 10.6, 0, 11, 1],
      },
    }),
    inGroup('kecamatan', {
      id: 'kecamatan-label',
      type: 'symbol',
      source: 'kecamatan-labels',
      minzoom: KECAMATAN_NAME.minzoom,
      maxzoom: 13,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_BOLD,
        'text-transform': 'uppercase',
        'text-letter-spacing': KECAMATAN_NAME.letterSpacingEm,
        'text-size': ['interpolate', ['linear'], ['zoom'], z0, s0, z1, s1],
        'text-max-width': KECAMATAN_NAME.maxWidthEm,
        // The names orient the whole view, so posts never push one away (it is drawn under them); names among
        // themselves never overlap: the map adapter hides, per zoom, each one that would meet the name
        // of a kecamatan with more people (name_collision.ts), through the `hidden` feature-state.
        'text-allow-overlap': true,
      },
      paint: {
        'text-color': c.label,
        'text-halo-color': c.labelHalo,
        'text-halo-width': 1.8,
        'text-opacity': ['case', ['boolean', ['feature-state', 'hidden'], false], 0, 0.85],
      },
    }),
  ];
}
