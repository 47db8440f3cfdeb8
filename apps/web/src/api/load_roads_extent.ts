import { NetworkInfo } from '@siaga/schema';
import type { AppStore } from '../store/app_store.ts';
import type { FetchFn } from './fetch_dataset.ts';

/**
 * Asks the API for the bounding box of its road graph (`/api/network`), the extent the study area falls back to
 * while no kabupaten is stored: the server's own box, so no road list has to be complete to compute it. A failed
 * or malformed answer keeps what the store had (the next load or road change asks again).
 */
export async function loadRoadsExtent(
  store: AppStore,
  fetchFn: FetchFn,
  signal?: AbortSignal,
): Promise<void> {
  try {
    const res = await fetchFn('/api/network', { headers: { accept: 'application/json' }, signal });
    if (!res.ok) return;
    const parsed = NetworkInfo.safeParse(await res.json());
    if (parsed.success && !signal?.aborted) store.getState().setRoadsExtent(parsed.data.bbox);
  } catch {
    // Unreachable or aborted: the datasets' own loads report the server's state.
  }
}
