import { IncidentStatus, PostKind, PostStatus } from '@siaga/schema';
import { drawCacheSymbol, drawHalo, drawIncidentSymbol, drawPostSymbol } from './draw_symbol.ts';
import { basemapColors, cacheColor, incidentStatusColor } from './palette.ts';
import { CACHE_ICON_ID, HALO_ICON_ID, incidentIconId, postIconId, postSymbol } from './post_symbol.ts';

export type SymbolDrawer = (ctx: CanvasRenderingContext2D, pixelRatio: number) => void;

/** Every runtime image the style refers to, by image id: the map has no sprite sheet. */
export function symbolImages(): Map<string, SymbolDrawer> {
  const images = new Map<string, SymbolDrawer>();
  for (const kind of PostKind.options) {
    for (const status of PostStatus.options) {
      const symbol = postSymbol(kind, status);
      images.set(postIconId(kind, status), (ctx, pr) => drawPostSymbol(ctx, symbol, pr));
    }
  }
  for (const status of IncidentStatus.options) {
    images.set(incidentIconId(status), (ctx, pr) => drawIncidentSymbol(ctx, incidentStatusColor[status], pr));
  }
  images.set(CACHE_ICON_ID, (ctx, pr) => drawCacheSymbol(ctx, cacheColor, pr));
  images.set(HALO_ICON_ID.hover, (ctx, pr) => drawHalo(ctx, basemapColors.hover, pr));
  images.set(HALO_ICON_ID.selected, (ctx, pr) => drawHalo(ctx, basemapColors.selected, pr));
  return images;
}
