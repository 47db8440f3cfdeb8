import type { Selection, SelectionKind } from '../selection.ts';
import type { InteractiveLayerId } from './layers/point_layers.ts';
import type { SourceId } from './source_data.ts';

export const selectionKindOfLayer = {
  'incidents-icon': 'incident',
  'posts-icon': 'post',
  'caches-icon': 'cache',
  'hazard-fill': 'hazardZone',
  'desa-fill': 'desa',
} as const satisfies Record<InteractiveLayerId, SelectionKind>;

export const sourceOfSelection = {
  incident: 'incidents',
  post: 'posts',
  cache: 'caches',
  hazardZone: 'hazardZones',
  desa: 'desa',
} as const satisfies Record<SelectionKind, SourceId>;

export interface RenderedHit {
  layerId: string;
  id: string | number | undefined;
}

/**
 * The feature a click or hover means among the features under the pointer: the first interactive layer
 * in priority order wins (a post inside a hazard zone inside a desa is the post).
 */
export function pickHit(
  hits: readonly RenderedHit[],
  priority: readonly InteractiveLayerId[],
): Selection | null {
  for (const layerId of priority) {
    const hit = hits.find((h) => h.layerId === layerId && h.id !== undefined);
    if (hit) return { kind: selectionKindOfLayer[layerId], id: String(hit.id) };
  }
  return null;
}

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
}
