import { DATASETS } from '../datasets.ts';
import type { AppStore } from '../store/app_store.ts';
import { type FetchFn, fetchDataset } from './fetch_dataset.ts';
import { loadRoadsExtent } from './load_roads_extent.ts';

/**
 * Loads every dataset, and the road network's extent, in parallel; each lands in the store on its own so the map
 * fills in as data arrives.
 */
export async function loadDatasets(store: AppStore, fetchFn: FetchFn, signal?: AbortSignal): Promise<void> {
  await Promise.all([
    loadRoadsExtent(store, fetchFn, signal),
    ...DATASETS.map(async (dataset) => {
      store.getState().setLoading(dataset);
      const result = await fetchDataset(dataset, fetchFn, signal);
      if (signal?.aborted) return;
      if (result.ok) store.getState().setLoaded(dataset, result.features);
      else store.getState().setFailed(dataset, result.error);
    }),
  ]);
}
