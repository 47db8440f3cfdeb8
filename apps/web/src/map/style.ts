import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { DatasetId } from '../datasets.ts';
import { adminLabelLayers, basemapLayers, boundaryLayers, desaFillLayers } from './layers/admin_layers.ts';
import { groupOf } from './layers/group.ts';
import { hazardLayers } from './layers/hazard_layers.ts';
import { areaOverlayLayers, markerOverlayLayers, routeOverlayLayers } from './layers/overlay_layers.ts';
import { pointLayers } from './layers/point_layers.ts';
import { prepositioningLayers } from './layers/prepositioning_layers.ts';
import { roadLabelLayers, roadLayers } from './layers/road_layers.ts';
import { waterLabelLayers, waterLayers } from './layers/water_layers.ts';
import { promoteIdOf, SOURCE_IDS, type SourceId } from './source_data.ts';

export type LayerVisibility = Record<DatasetId, boolean>;

/**
 * Grid-traced overlays (gaps, isochrone bands) have a vertex at every cell corner of their staircase edges;
 * their tiles are simplified to a pixel (MapLibre's default is 0.375 px), which draws the same picture with far
 * fewer vertices.
 */
const SCREEN_SIMPLIFIED: ReadonlySet<SourceId> = new Set(['gaps', 'isochrones']);
const SCREEN_TOLERANCE = 1;

/** All of the project's layers, bottom to top. */
export function siagaLayers(): LayerSpecification[] {
  return [
    ...basemapLayers(),
    ...waterLayers(),
    ...desaFillLayers(),
    ...hazardLayers(),
    ...areaOverlayLayers(),
    ...boundaryLayers(),
    ...roadLayers(),
    ...routeOverlayLayers(),
    ...waterLabelLayers(),
    ...roadLabelLayers(),
    ...adminLabelLayers(),
    ...pointLayers(),
    ...prepositioningLayers(),
    ...markerOverlayLayers(),
  ];
}

/** `visible` or `none` for every layer: toggled groups follow the panel, basemap and overlays are always on. */
export function layerVisibility(
  layers: readonly LayerSpecification[],
  visibility: LayerVisibility,
): Record<string, 'visible' | 'none'> {
  const out: Record<string, 'visible' | 'none'> = {};
  for (const layer of layers) {
    const g = groupOf(layer);
    out[layer.id] = g === null || g === 'basemap' || g === 'overlay' || visibility[g] ? 'visible' : 'none';
  }
  return out;
}

function withVisibility(layer: LayerSpecification, v: 'visible' | 'none'): LayerSpecification {
  if (layer.type === 'background') return { ...layer, layout: { ...layer.layout, visibility: v } };
  return { ...layer, layout: { ...layer.layout, visibility: v } } as LayerSpecification;
}

/**
 * The complete offline style: no style URL, no glyphs (labels drawn locally with TinySDF), no sprite
 * (symbols are added at runtime from canvas). Sources start empty and are filled with `setData`.
 */
export function buildStyle(visibility: LayerVisibility): StyleSpecification {
  const sources: Record<string, SourceSpecification> = {};
  for (const id of SOURCE_IDS) {
    sources[id] = {
      type: 'geojson',
      data: { type: 'FeatureCollection', features: [] },
      promoteId: promoteIdOf[id],
      ...(SCREEN_SIMPLIFIED.has(id) ? { tolerance: SCREEN_TOLERANCE } : {}),
    };
  }
  const layers = siagaLayers();
  const vis = layerVisibility(layers, visibility);
  return {
    version: 8,
    name: 'Siaga',
    sources,
    layers: layers.map((l) => withVisibility(l, vis[l.id] ?? 'visible')),
  };
}
