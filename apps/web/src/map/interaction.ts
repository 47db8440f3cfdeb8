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
  /** Area of a hazard zone or desa, so that the most local area under the pointer comes first. */
  areaKm2?: unknown;
}

/** Area layers compete by size rather than by layer: a landslide slope beats its desa, a desa beats the regency-wide earthquake zone. */
const AREA_LAYERS: ReadonlySet<InteractiveLayerId> = new Set(['hazard-fill', 'desa-fill']);

/**
 * Everything under the pointer that can be selected, most specific first: point layers in priority order
 * (incident, post, cache), then areas (hazard zones and desa) smallest first, each feature once.
 * The details panel offers the rest, so nothing under a big zone is out of reach.
 */
export function rankHits(hits: readonly RenderedHit[], priority: readonly InteractiveLayerId[]): Selection[] {
  const rank = (layerId: InteractiveLayerId) =>
    AREA_LAYERS.has(layerId) ? priority.findIndex((l) => AREA_LAYERS.has(l)) : priority.indexOf(layerId);
  const ranked = hits.flatMap((h, i) => {
    const layerId = priority.find((l) => l === h.layerId);
    if (layerId === undefined || h.id === undefined) return [];
    const area = typeof h.areaKm2 === 'number' ? h.areaKm2 : Infinity;
    return [
      { selection: { kind: selectionKindOfLayer[layerId], id: String(h.id) }, rank: rank(layerId), area, i },
    ];
  });
  ranked.sort((a, b) => a.rank - b.rank || a.area - b.area || a.i - b.i);
  const out: Selection[] = [];
  for (const { selection } of ranked) if (!out.some((o) => sameSelection(o, selection))) out.push(selection);
  return out;
}

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
}
