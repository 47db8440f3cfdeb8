import type { BBox } from '@siaga/schema';
import type { StateCreator } from 'zustand';
import type { LoadError } from '../api/load_error.ts';
import { DATASETS, type DatasetFeatures, type DatasetId } from '../datasets.ts';

export type DatasetState<K extends DatasetId> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; features: DatasetFeatures[K] }
  | { status: 'error'; error: LoadError };

export type Datasets = { [K in DatasetId]: DatasetState<K> };

export interface DataSlice {
  datasets: Datasets;
  /** The API's road graph extent (`/api/network` bbox): the study area while no kabupaten is stored; null unknown or empty. */
  roadsExtent: BBox | null;
  setRoadsExtent(extent: BBox | null): void;
  setLoading(dataset: DatasetId): void;
  setLoaded<K extends DatasetId>(dataset: K, features: DatasetFeatures[K]): void;
  setFailed(dataset: DatasetId, error: LoadError): void;
}

function idle(): Datasets {
  return Object.fromEntries(DATASETS.map((d) => [d, { status: 'idle' }])) as Datasets;
}

export const createDataSlice: StateCreator<DataSlice, [], [], DataSlice> = (set) => ({
  datasets: idle(),
  roadsExtent: null,
  setRoadsExtent: (extent) => set((s) => (sameBox(s.roadsExtent, extent) ? {} : { roadsExtent: extent })),
  setLoading: (dataset) => set((s) => ({ datasets: { ...s.datasets, [dataset]: { status: 'loading' } } })),
  setLoaded: (dataset, features) =>
    set((s) => ({ datasets: { ...s.datasets, [dataset]: { status: 'ready', features } } })),
  setFailed: (dataset, error) =>
    set((s) => ({ datasets: { ...s.datasets, [dataset]: { status: 'error', error } } })),
});

function sameBox(a: BBox | null, b: BBox | null): boolean {
  return a === b || (a !== null && b !== null && a.every((v, i) => v === b[i]));
}

/** One shared empty list, so a dataset that is still loading keeps the same reference and is not re-sent. */
const NONE: readonly never[] = Object.freeze([]);

/** The features of a dataset, or an empty list while it is loading or failed. */
export function featuresOf<K extends DatasetId>(datasets: Datasets, dataset: K): DatasetFeatures[K] {
  const state = datasets[dataset];
  return state.status === 'ready' ? state.features : NONE;
}

/** The features of every dataset; arrays keep their identity between calls while nothing is reloaded. */
export function allFeatures(datasets: Datasets): DatasetFeatures {
  const out = {} as { [K in DatasetId]: DatasetFeatures[K] };
  for (const d of DATASETS) (out as Record<DatasetId, unknown>)[d] = featuresOf(datasets, d);
  return out;
}
