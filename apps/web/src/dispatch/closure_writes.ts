import { RoadClosureFeature } from '@siaga/schema';
import type { ApiClient } from '../api/api_client.ts';
import type { AppStore } from '../store/app_store.ts';
import { featuresOf } from '../store/data_slice.ts';
import type { Closure } from '../store/dispatch_slice.ts';

/**
 * POSTs a closure placed on this device to /api/closures; once stored it joins the `closures` dataset and leaves
 * the unsaved list. Resolves false (the closure stays on this device) when the API refuses or cannot be reached.
 */
export async function saveClosure(api: ApiClient, store: AppStore, closure: Closure): Promise<boolean> {
  const body = {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: closure.position },
    properties: closure.roadName === null ? {} : { roadName: closure.roadName },
  };
  try {
    const { value } = await api.write('POST', '/api/closures', { body }, RoadClosureFeature);
    if (value === undefined) return false;
    const s = store.getState();
    const others = featuresOf(s.datasets, 'closures').filter((f) => f.properties.id !== value.properties.id);
    s.setLoaded('closures', [...others, value]);
    s.removeClosure(closure.id);
    return true;
  } catch {
    return false;
  }
}

/** DELETEs a stored closure (If-Match its version) and drops it from the dataset; it always leaves the queue. */
export async function deleteStoredClosure(api: ApiClient, store: AppStore, id: string): Promise<boolean> {
  const stored = featuresOf(store.getState().datasets, 'closures').find((f) => f.properties.id === id);
  try {
    if (stored === undefined) return false;
    await api.write('DELETE', `/api/closures/${id}`, { ifMatch: stored.properties.version });
    const s = store.getState();
    s.setLoaded(
      'closures',
      featuresOf(s.datasets, 'closures').filter((f) => f.properties.id !== id),
    );
    return true;
  } catch {
    return false;
  } finally {
    store.getState().closureDeleted(id);
  }
}
