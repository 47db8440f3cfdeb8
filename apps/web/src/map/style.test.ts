import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { DATASETS, type DatasetId } from '../datasets.ts';
import { groupOf } from './layers/group.ts';
import { INTERACTIVE_LAYERS } from './layers/point_layers.ts';
import { withOnlineBasemap } from './online_basemap.ts';
import { SOURCE_IDS } from './source_data.ts';
import { buildStyle, layerVisibility, siagaLayers } from './style.ts';

const allOn = Object.fromEntries(DATASETS.map((d) => [d, true])) as Record<DatasetId, boolean>;

describe('buildStyle', () => {
  const style = buildStyle(allOn);

  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('needs no network: no glyphs, no sprite, no URLs, only inline GeoJSON sources', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:|\/\//);
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      expect(typeof (source as { data: unknown }).data).toBe('object');
    }
  });

  it('labels with the local sans-serif font only', () => {
    for (const layer of style.layers) {
      if (layer.type !== 'symbol' || !layer.layout?.['text-field']) continue;
      const font = layer.layout['text-font'] as string[];
      expect(font.at(-1), layer.id).toBe('sans-serif');
    }
  });

  it('uses only declared sources and gives every layer a group', () => {
    const ids = new Set<string>(SOURCE_IDS);
    for (const layer of style.layers) {
      if ('source' in layer) expect(ids.has(layer.source as string), layer.id).toBe(true);
      expect(groupOf(layer), layer.id).not.toBeNull();
    }
  });

  it('has a layer in every dataset group and every interactive layer exists', () => {
    const groups = new Set(style.layers.map(groupOf));
    for (const d of DATASETS) expect(groups.has(d), d).toBe(true);
    const layerIds = new Set(style.layers.map((l) => l.id));
    for (const id of INTERACTIVE_LAYERS) expect(layerIds.has(id), id).toBe(true);
  });

  it('draws posts above hazard zones and hazard zones above the land', () => {
    const order = style.layers.map((l) => l.id);
    expect(order.indexOf('posts-icon')).toBeGreaterThan(order.indexOf('hazard-fill'));
    expect(order.indexOf('hazard-fill')).toBeGreaterThan(order.indexOf('land'));
    expect(order[0]).toBe('sea');
  });

  it('hides the layers of a group turned off, never the basemap', () => {
    const style = buildStyle({ ...allOn, roads: false, kabupaten: false });
    const byId = new Map(style.layers.map((l) => [l.id, l]));
    expect(byId.get('roads-fill')?.layout?.visibility).toBe('none');
    expect(byId.get('roads-label')?.layout?.visibility).toBe('none');
    expect(byId.get('kabupaten-line')?.layout?.visibility).toBe('none');
    expect(byId.get('land')?.layout?.visibility).toBe('visible');
    expect(byId.get('posts-icon')?.layout?.visibility).toBe('visible');
  });
});

describe('layerVisibility', () => {
  it('follows the toggles', () => {
    const vis = layerVisibility(siagaLayers(), { ...allOn, posts: false });
    expect(vis['posts-icon']).toBe('none');
    expect(vis['posts-label']).toBe('none');
    expect(vis['caches-icon']).toBe('visible');
    expect(vis.sea).toBe('visible');
  });
});

describe('withOnlineBasemap', () => {
  const basemap: StyleSpecification = {
    version: 8,
    glyphs: 'https://tiles.example/fonts/{fontstack}/{range}.pbf',
    sources: { osm: { type: 'vector', url: 'https://tiles.example/tiles.json' } },
    layers: [
      { id: 'water', type: 'fill', source: 'osm', 'source-layer': 'water' },
      {
        id: 'place',
        type: 'symbol',
        source: 'osm',
        'source-layer': 'place',
        layout: { 'text-font': ['Noto Sans Regular'] },
      },
    ],
  };

  it('puts the basemap underneath with prefixed ids and drops our sea and land', () => {
    const ours = buildStyle(allOn);
    const merged = withOnlineBasemap(ours, basemap);
    expect(validateStyleMin(merged)).toEqual([]);
    expect(merged.layers[0]?.id).toBe('basemap:water');
    expect(merged.layers.some((l) => l.id === 'sea' || l.id === 'land')).toBe(false);
    expect(merged.sources['basemap:osm']).toBeDefined();
    expect(merged.glyphs).toBe(basemap.glyphs);
  });

  it('switches our labels to a font the glyph server has', () => {
    const merged = withOnlineBasemap(buildStyle(allOn), basemap);
    const label = merged.layers.find((l) => l.id === 'posts-label');
    expect(label?.type === 'symbol' && label.layout?.['text-font']).toEqual(['Noto Sans Regular']);
  });

  it('does not mutate its inputs', () => {
    const ours = buildStyle(allOn);
    const before = JSON.stringify([ours, basemap]);
    withOnlineBasemap(ours, basemap);
    expect(JSON.stringify([ours, basemap])).toBe(before);
  });
});
