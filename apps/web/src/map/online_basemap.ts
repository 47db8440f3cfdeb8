import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';

const PREFIX = 'basemap:';

/** Our own sea and land give way to the online basemap; everything else is drawn on top of it. */
const REPLACED_BY_BASEMAP = new Set(['sea', 'outside-land', 'land']);

function firstTextFont(layers: readonly LayerSpecification[]): string[] | null {
  for (const l of layers) {
    if (l.type !== 'symbol') continue;
    const font = l.layout?.['text-font'];
    if (Array.isArray(font) && font.every((f) => typeof f === 'string')) return font as string[];
  }
  return null;
}

/**
 * Puts an online basemap style (opt-in, VITE_BASEMAP_STYLE_URL) under the project's layers. Its ids are
 * prefixed so they cannot clash with ours. When it brings a glyph server, our labels must use one of its
 * fonts, because a glyph server has no "sans-serif".
 */
export function withOnlineBasemap(ours: StyleSpecification, basemap: StyleSpecification): StyleSpecification {
  const sources: Record<string, SourceSpecification> = {};
  for (const [id, s] of Object.entries(basemap.sources)) sources[`${PREFIX}${id}`] = s;
  const basemapLayers = basemap.layers.map((l) => {
    const renamed = { ...l, id: `${PREFIX}${l.id}` };
    return 'source' in l && typeof l.source === 'string'
      ? ({ ...renamed, source: `${PREFIX}${l.source}` } as LayerSpecification)
      : (renamed as LayerSpecification);
  });
  const font = basemap.glyphs ? firstTextFont(basemap.layers) : null;
  const ourLayers = ours.layers
    .filter((l) => !REPLACED_BY_BASEMAP.has(l.id))
    .map((l) =>
      font && l.type === 'symbol' && l.layout?.['text-font']
        ? { ...l, layout: { ...l.layout, 'text-font': font } }
        : l,
    );
  const merged: StyleSpecification = {
    ...ours,
    sources: { ...sources, ...ours.sources },
    layers: [...basemapLayers, ...ourLayers],
  };
  if (basemap.glyphs) merged.glyphs = basemap.glyphs;
  if (basemap.sprite) merged.sprite = basemap.sprite;
  return merged;
}
