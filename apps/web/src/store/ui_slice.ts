import type { StateCreator } from 'zustand';
import { DATASETS, type DatasetId } from '../datasets.ts';
import type { Locale } from '../i18n/locale.ts';
import type { Selection } from '../selection.ts';

export interface UiSlice {
  visibility: Record<DatasetId, boolean>;
  selection: Selection | null;
  locale: Locale;
  setVisible(dataset: DatasetId, visible: boolean): void;
  select(selection: Selection | null): void;
  setLocale(locale: Locale): void;
}

export const allVisible = (): Record<DatasetId, boolean> =>
  Object.fromEntries(DATASETS.map((d) => [d, true])) as Record<DatasetId, boolean>;

export function createUiSlice(initialLocale: Locale): StateCreator<UiSlice, [], [], UiSlice> {
  return (set) => ({
    visibility: allVisible(),
    selection: null,
    locale: initialLocale,
    setVisible: (dataset, visible) =>
      set((s) =>
        s.visibility[dataset] === visible ? s : { visibility: { ...s.visibility, [dataset]: visible } },
      ),
    select: (selection) => set({ selection }),
    setLocale: (locale) => set({ locale }),
  });
}
