import { RoadClosureFeature } from '@siaga/schema';
import { useEffect, useRef } from 'react';
import { useApi } from '../api/api_context.tsx';
import { userOf } from '../store/auth_slice.ts';
import { featuresOf } from '../store/data_slice.ts';
import { useAppState, useAppStoreApi } from '../store/store_context.tsx';

/**
 * Stores the dispatcher's closures through /api/closures, so every user sees them: a closure placed on the map
 * is POSTed when the user may write closures (dispatcher, admin) and then lives in the `closures` dataset; one
 * that cannot be saved (no sign-in, a refusal, no network) stays on this device and still reroutes. A stored
 * closure reopened on the map or in the list is DELETEd.
 */
export function useClosureSaving(): void {
  const api = useApi();
  const store = useAppStoreApi();
  const local = useAppState((s) => s.dispatch.closures);
  const deletes = useAppState((s) => s.closureDeletes);
  const role = useAppState((s) => userOf(s.auth)?.role ?? null);
  const canWrite = role === 'dispatcher' || role === 'admin';
  const tried = useRef(new Set<string>());

  useEffect(() => {
    if (!canWrite) return;
    for (const c of local) {
      if (tried.current.has(c.id)) continue;
      tried.current.add(c.id);
      const body = {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: c.position },
        properties: c.roadName === null ? {} : { roadName: c.roadName },
      };
      api
        .write('POST', '/api/closures', { body }, RoadClosureFeature)
        .then(({ value }) => {
          if (value === undefined) return;
          const s = store.getState();
          const others = featuresOf(s.datasets, 'closures').filter(
            (f) => f.properties.id !== value.properties.id,
          );
          s.setLoaded('closures', [...others, value]);
          s.removeClosure(c.id);
        })
        // Not saved: the closure stays on this device, marked so, and still reroutes.
        .catch(() => undefined);
    }
  }, [api, store, local, canWrite]);

  useEffect(() => {
    for (const id of deletes) {
      const s = store.getState();
      const stored = featuresOf(s.datasets, 'closures').find((f) => f.properties.id === id);
      if (stored === undefined) {
        s.closureDeleted(id);
        continue;
      }
      api
        .write('DELETE', `/api/closures/${id}`, { ifMatch: stored.properties.version })
        .then(() => {
          const now = store.getState();
          now.setLoaded(
            'closures',
            featuresOf(now.datasets, 'closures').filter((f) => f.properties.id !== id),
          );
        })
        .catch(() => undefined)
        .finally(() => store.getState().closureDeleted(id));
    }
  }, [api, store, deletes]);
}
