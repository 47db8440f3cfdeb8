import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Locale } from '../i18n/locale.ts';
import { createDataSlice, type DataSlice } from './data_slice.ts';
import { createUiSlice, type UiSlice } from './ui_slice.ts';

export type AppState = UiSlice & DataSlice;
export type AppStore = StoreApi<AppState>;

/** One store per app (and per test): UI state and loaded data in separate slices; the map is not in here. */
export function createAppStore(initialLocale: Locale = 'id'): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createUiSlice(initialLocale)(...a),
    ...createDataSlice(...a),
  }));
}
