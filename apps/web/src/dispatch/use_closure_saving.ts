import { useEffect, useRef } from 'react';
import { useApi } from '../api/api_context.tsx';
import { userOf } from '../store/auth_slice.ts';
import { useAppState, useAppStoreApi } from '../store/store_context.tsx';
import { deleteStoredClosure, saveClosure } from './closure_writes.ts';

/**
 * Stores the dispatcher's closures through /api/closures, so every user sees them: a closure placed on the map
 * is saved when the user may write closures (dispatcher, admin) and then lives in the `closures` dataset; one
 * that cannot be saved stays on this device and still reroutes. A stored closure reopened is deleted.
 */
export function useClosureSaving(): void {
  const api = useApi();
  const store = useAppStoreApi();
  const local = useAppState((s) => s.dispatch.closures);
  const deletes = useAppState((s) => s.closureDeletes);
  const role = useAppState((s) => userOf(s.auth)?.role ?? null);
  const canWrite = role === 'dispatcher' || role === 'admin';
  const tried = useRef(new Set<string>());
  const deleting = useRef(new Set<string>());

  useEffect(() => {
    if (!canWrite) return;
    for (const c of local) {
      if (tried.current.has(c.id)) continue;
      tried.current.add(c.id);
      void saveClosure(api, store, c);
    }
  }, [api, store, local, canWrite]);

  useEffect(() => {
    for (const id of deletes) {
      if (deleting.current.has(id)) continue;
      deleting.current.add(id);
      void deleteStoredClosure(api, store, id).finally(() => deleting.current.delete(id));
    }
  }, [api, store, deletes]);
}
