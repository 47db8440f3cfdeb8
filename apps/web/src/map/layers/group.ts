import type { LayerSpecification } from 'maplibre-gl';
import type { DatasetId } from '../../datasets.ts';

/**
 * Layers that belong to no toggle (sea, land) are in the `basemap` group and always shown; so are the planner's
 * and dispatcher's `overlay` layers, whose sources are empty unless their panel is open.
 */
export type LayerGroup = DatasetId | 'basemap' | 'overlay';

const GROUP_KEY = 'siaga:group';

export function inGroup<L extends LayerSpecification>(group: LayerGroup, layer: L): L {
  return { ...layer, metadata: { [GROUP_KEY]: group } };
}

export function groupOf(layer: LayerSpecification): LayerGroup | null {
  const meta = layer.metadata as Record<string, unknown> | undefined;
  const g = meta?.[GROUP_KEY];
  return typeof g === 'string' ? (g as LayerGroup) : null;
}
