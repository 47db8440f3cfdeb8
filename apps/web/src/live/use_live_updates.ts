import { AuditEntity } from '@siaga/schema';
import { useEffect } from 'react';
import { useApi } from '../api/api_context.tsx';
import { loadRoadsExtent } from '../api/load_roads_extent.ts';
import { refreshSession } from '../auth/session.ts';
import { DATASETS } from '../datasets.ts';
import { userOf } from '../store/auth_slice.ts';
import { useAppState, useAppStoreApi } from '../store/store_context.tsx';
import { createChangeBatch } from './change_batch.ts';
import { createDatasetReloader } from './dataset_reloader.ts';
import { datasetsOf, touchesNetwork } from './datasets_of_change.ts';
import { connectLive } from './live_connection.ts';

/**
 * How long a burst of changes is gathered before the datasets are reloaded. The changes of one transaction (an
 * assignment: incident event, unit, stock) arrive together at its commit, so a short window joins them; every
 * millisecond here is added to what the other screens wait.
 */
export const LIVE_DEBOUNCE_MS = 50;

/**
 * Keeps the app in step with changes made elsewhere (another screen, another API process): while the user may
 * read, the event stream of `/api/events` (cookie auth, same origin) reloads the datasets that show the changed
 * records and bumps `liveTick[entity]`, so panels with data of their own refetch. Mount it once (App).
 */
export function useLiveUpdates(): void {
  const store = useAppStoreApi();
  const api = useApi();
  // Null while the user may not read; signing in as someone else gives a new key, so a new stream and session.
  const streamKey = useAppState((s) =>
    s.auth.status === 'known' && (s.auth.user !== null || s.auth.anonymousRead)
      ? `as ${userOf(s.auth)?.id ?? 'guest'}`
      : null,
  );

  useEffect(() => {
    const { setLiveStatus } = store.getState();
    if (streamKey === null) {
      setLiveStatus('off');
      return;
    }
    const controller = new AbortController();
    const fetchFn = (url: string, init?: RequestInit) => fetch(url, init);
    const reload = createDatasetReloader(store, fetchFn, controller.signal);
    const batch = createChangeBatch(LIVE_DEBOUNCE_MS, ({ entities, everything }) => {
      const state = store.getState();
      void reload(everything ? DATASETS : datasetsOf(entities));
      state.bumpLiveTicks(everything ? AuditEntity.options : entities);
      if (everything || touchesNetwork(entities)) {
        state.refreshNetwork();
        void loadRoadsExtent(store, fetchFn, controller.signal);
      }
    });
    const disconnect = connectLive({
      url: '/api/events',
      open: (url) => new EventSource(url),
      onChange: (change) => batch.change(change.entity),
      onResync: () => batch.resync(),
      onStatus: (status) => {
        store.getState().setLiveStatus(status);
        // The stream may have ended with the session (signed out elsewhere, expired): if so the new state of
        // auth closes this connection, instead of retrying with a session that is gone.
        if (status === 'reconnecting') refreshSession(store, api).catch(() => {});
      },
    });
    return () => {
      disconnect();
      batch.cancel();
      controller.abort();
      setLiveStatus('off');
    };
  }, [store, api, streamKey]);
}
