import type { IncidentStatus, PostKind, PostStatus } from '@siaga/schema';
import { closedColor, postKindColor } from './palette.ts';

export type SymbolShape = 'square' | 'circle' | 'diamond' | 'triangle';

/** How one post symbol looks; drawn on canvas for the map and for the legend from the same description. */
export interface PostSymbol {
  shape: SymbolShape;
  fill: string | null;
  stroke: string;
  /** Dash pattern for the outline in symbol pixels; empty for a solid line. */
  dash: number[];
}

export const postKindShape = {
  fire_station: 'square',
  bpbd_post: 'circle',
  combined_post: 'diamond',
  volunteer_post: 'triangle',
} as const satisfies Record<PostKind, SymbolShape>;

/**
 * Kind gives shape and colour; status gives fill: operational solid, planned a hollow solid ring,
 * proposed a hollow dashed ring, closed grey.
 */
export function postSymbol(kind: PostKind, status: PostStatus): PostSymbol {
  const shape = postKindShape[kind];
  const color = postKindColor[kind];
  switch (status) {
    case 'operational':
      return { shape, fill: color, stroke: '#ffffff', dash: [] };
    case 'planned':
      return { shape, fill: null, stroke: color, dash: [] };
    case 'proposed':
      return { shape, fill: null, stroke: color, dash: [3, 2.5] };
    case 'closed':
      return { shape, fill: closedColor, stroke: '#ffffff', dash: [] };
    default:
      return status satisfies never;
  }
}

/** Name of the runtime image for a kind and status; the same string the layer's icon-image expression builds. */
export function postIconId(kind: PostKind, status: PostStatus): string {
  return `post-${kind}-${status}`;
}

export function incidentIconId(status: IncidentStatus): string {
  return `incident-${status}`;
}

export const CACHE_ICON_ID = 'cache';

export const HALO_ICON_ID = { hover: 'halo-hover', selected: 'halo-selected' } as const;
