import type { Map as MaplibreMap } from 'maplibre-gl';
import { KECAMATAN_NAME, kecamatanNameSize } from './layers/admin_layers.ts';
import { type NameBox, overlappedNames } from './name_collision.ts';
import type { SourceCollection } from './source_data.ts';

const SOURCE = 'kecamatan-labels';
const LINE_HEIGHT_EM = 1.2;

let context: CanvasRenderingContext2D | null | undefined;

/** The drawn width of a name in px: the browser's bold sans-serif, as MapLibre's local glyphs draw it. */
function textWidth(text: string, sizePx: number): number {
  if (context === undefined) context = document.createElement('canvas').getContext('2d');
  if (!context) return text.length * sizePx * 0.7;
  context.font = `bold ${sizePx}px sans-serif`;
  return context.measureText(text).width + KECAMATAN_NAME.letterSpacingEm * sizePx * text.length;
}

/** Each name's box on screen at the map's zoom; a name wider than the layer's max width wraps to two lines. */
export function kecamatanNameBoxes(map: MaplibreMap, labels: SourceCollection): NameBox[] {
  const size = kecamatanNameSize(map.getZoom());
  return labels.features.flatMap((f) => {
    if (f.geometry.type !== 'Point') return [];
    const [lon = 0, lat = 0] = f.geometry.coordinates;
    const text = String(f.properties.name ?? '').toUpperCase();
    const full = textWidth(text, size);
    const wraps = full > KECAMATAN_NAME.maxWidthEm * size && text.includes(' ');
    const longestWord = Math.max(...text.split(' ').map((w) => textWidth(w, size)));
    const at = map.project([lon, lat]);
    return [
      {
        id: String(f.properties.code),
        x: at.x,
        y: at.y,
        width: wraps ? Math.max(full / 2, longestWord) : full,
        height: size * LINE_HEIGHT_EM * (wraps ? 2 : 1),
        priority: Number(f.properties.population ?? 0),
      },
    ];
  });
}

/**
 * Hides (feature-state `hidden`, which the layer draws at opacity 0) each kecamatan name that would overlap the
 * name of a kecamatan with more people (the town's own name wins) at the current zoom, and shows the others. Names move together when the map pans, so
 * only a zoom, a resize or new labels call for this.
 */
export function spaceKecamatanNames(map: MaplibreMap, labels: SourceCollection): void {
  if (!map.getSource(SOURCE)) return;
  const hidden = overlappedNames(kecamatanNameBoxes(map, labels), KECAMATAN_NAME.paddingPx);
  for (const f of labels.features) {
    const id = String(f.properties.code);
    map.setFeatureState({ source: SOURCE, id }, { hidden: hidden.has(id) });
  }
}
