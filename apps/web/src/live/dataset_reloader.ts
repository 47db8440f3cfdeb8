import { type FetchFn, fetchDataset } from '../api/fetch_dataset.ts';
import type { DatasetId } from '../datasets.ts';
import type { AppStore } from '../store/app_store.ts';

/**
 * Loads datasets again while the old features stay on the map: each is replaced once its new answer is valid,
 * kept when the reload fails (the next change asks again), and an answer overtaken by a later reload of the same
 * dataset is dropped, so an older list never replaces a newer one.
 */
export function createDatasetReloader(store: AppStore, fetchFn: FetchFn, signal: AbortSignal) {
  const generation = new Map<DatasetId, number>();
  return async (datasets: Iterable<DatasetId>): Promise<void> => {
    await Promise.all(
      [...datasets].map(async (dataset) => {
        const mine = (generation.get(dataset) ?? 0) + 1;
        generation.set(dataset, mine);
        const result = await fetchDataset(dataset, fetchFn, signal);
        if (result.ok && !signal.aborted && generation.get(dataset) === mine) {
          store.getState().setLoaded(dataset, result.features);
        }
      }),
    );
  };
}
