import type { Locale } from '@siaga/i18n';
import type { StateCreator } from 'zustand';
import { DATASETS, type DatasetId } from '../datasets.ts';
import type { Selection } from '../selection.ts';

export interface UiSlice {
  visibility: Record<DatasetId, boolean>;
  selection: Selection | null;
  /** Everything under the last clicked point, so the details panel can offer the others. */
  pointHits: Selection[];
  locale: Locale;
  setVisible(dataset: DatasetId, visible: boolean): void;
  /** Selects one feature, keeping the list of what was under the clicked point. */
  select(selection: Selection | null): void;
  /** A map click: selects the most specific feature and remembers the rest. */
  selectAt(hits: Selection[]): void;
  setLocale(locale: Locale): void;
}

export const allVisible = (): Record<DatasetId, boolean> =>
  Object.fromEntries(DATASETS.map((d) => [d, true])) as Record<DatasetId, boolean>;

export function createUiSlice(initialLocale: Locale): StateCreator<UiSlice, [], [], UiSlice> {
  return (set) => ({
    visibility: allVisible(),
    selection: null,
    pointHits: [],
    locale: initialLocale,
    setVisible: (dataset, visible) =>
      set((s) =>
        s.visibility[dataset] === visible ? s : { visibility: { ...s.visibility, [dataset]: visible } },
      ),
    select: (selection) => set((s) => ({ selection, pointHits: selection ? s.pointHits : [] })),
    selectAt: (hits) => set({ selection: hits[0] ?? null, pointHits: hits }),
    setLocale: (locale) => set({ locale }),
  });
}
