/**
 * Build-time settings. VITE_BASEMAP_STYLE_URL (off by default) puts an online basemap style under the
 * project's layers; without it the map makes no request beyond this server.
 */
export const basemapStyleUrl: string | null = import.meta.env.VITE_BASEMAP_STYLE_URL?.trim() || null;

/** `?e2e` in the address exposes the map object to the browser test as `window.__siagaMap`. */
export function e2eHooksEnabled(search: string): boolean {
  return new URLSearchParams(search).has('e2e');
}
