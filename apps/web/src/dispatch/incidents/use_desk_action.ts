import { fill } from '@siaga/i18n';
import { useCallback, useState } from 'react';
import type { ApiClient } from '../../api/api_client.ts';
import { useApi } from '../../api/api_context.tsx';
import { ApiError } from '../../api/api_error.ts';
import { describeApiError } from '../../api/describe_api_error.ts';
import { useI18n } from '../../i18n/use_i18n.ts';
import type { AppStore } from '../../store/app_store.ts';
import { useAppState, useAppStoreApi } from '../../store/store_context.tsx';

export interface DeskAction {
  busy: boolean;
  /** The last refusal in the user's language, or null. */
  error: string | null;
  /** The last refusal itself, for forms that put its details on their fields. */
  failure: ApiError | null;
  /** Runs a write; on success the desk's readers fetch again (timeline, assignments, units). */
  run<T>(write: (api: ApiClient, store: AppStore) => Promise<T>): Promise<T | null>;
}

/** One write of the dispatcher's desk at a time per control, with its refusal explained. */
export function useDeskAction(): DeskAction {
  const { t } = useI18n();
  const api = useApi();
  const store = useAppStoreApi();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async <T>(write: (api: ApiClient, store: AppStore) => Promise<T>): Promise<T | null> => {
      setBusy(true);
      setError(null);
      setFailure(null);
      try {
        const r = await write(api, store);
        store.getState().bumpDesk();
        return r;
      } catch (e) {
        if (e instanceof ApiError) {
          setFailure(e);
          const why = e.problem.kind === 'refused' && e.message ? e.message : describeApiError(t, e);
          setError(fill(t.incidentPanel.refused, { message: why }));
        } else {
          setError(fill(t.incidentPanel.refused, { message: e instanceof Error ? e.message : String(e) }));
        }
        return null;
      } finally {
        setBusy(false);
      }
    },
    [api, store, t],
  );
  return { busy, error, failure, run };
}

/** Dispatchers and admins write incidents and assignments; everyone else reads. */
export function useCanDispatch(): boolean {
  return useAppState((s) => {
    const user = s.auth.status === 'known' ? s.auth.user : null;
    return user !== null && (user.role === 'dispatcher' || user.role === 'admin');
  });
}

/** The records the desk reads besides the map's datasets: a change to any of them refetches its panels. */
const DESK_ENTITIES = ['incident', 'incident_event', 'assignment', 'unit', 'closure'] as const;

/** Changes when the desk's records may have changed: this page's own writes, or anyone's through live updates. */
export function useDeskTick(): number {
  return useAppState((s) => DESK_ENTITIES.reduce((n, e) => n + (s.liveTick[e] ?? 0), s.deskTick));
}
