import type { AdminAreaFeature } from '@siaga/schema';
import type { Selection } from '../selection.ts';
import type { SourceCollection } from './source_data.ts';

/**
 * The desa drawn highlighted: the hovered one and the selected one (which wins when both are the same), in a
 * small source of their own. Highlighting through feature-state would draw every desa of the regency, mostly at
 * opacity 0, in every frame.
 */
export function desaFocusData(
  desa: readonly AdminAreaFeature[],
  hovered: Selection | null,
  selected: Selection | null,
): SourceCollection {
  const states = new Map<string, 'hover' | 'selected'>();
  if (hovered?.kind === 'desa') states.set(hovered.id, 'hover');
  if (selected?.kind === 'desa') states.set(selected.id, 'selected');
  return {
    type: 'FeatureCollection',
    features: desa.flatMap((d) => {
      const state = states.get(d.properties.code);
      return state === undefined
        ? []
        : [{ type: 'Feature', geometry: d.geometry, properties: { code: d.properties.code, state } }];
    }),
  };
}

/** True when a hover or selection change concerns a desa, before or after it. */
export function touchesDesa(...selections: Array<Selection | null>): boolean {
  return selections.some((s) => s?.kind === 'desa');
}
