import type { StyleSpecification } from 'maplibre-gl';
import { withOnlineBasemap } from './online_basemap.ts';
import { buildStyle, type LayerVisibility } from './style.ts';

/** The offline style, with the online basemap merged underneath only when one is configured. */
export async function loadStyle(
  visibility: LayerVisibility,
  basemapUrl: string | null,
): Promise<StyleSpecification> {
  const ours = buildStyle(visibility);
  if (!basemapUrl) return ours;
  const res = await fetch(basemapUrl);
  if (!res.ok) throw new Error(`${basemapUrl}: HTTP ${res.status}`);
  return withOnlineBasemap(ours, (await res.json()) as StyleSpecification);
}
