import { useEffect, useState } from 'react';
import type { ApiClient } from '../../api/api_client.ts';
import { useApi } from '../../api/api_context.tsx';
import { ApiError } from '../../api/api_error.ts';

export type Fetched<T> =
  | { status: 'loading'; value: T | null }
  | { status: 'ready'; value: T }
  | { status: 'error'; value: T | null; error: ApiError | Error };

/**
 * Reads `load` when `key` changes (an incident id plus the ticks that say its data changed), keeping the last
 * value on screen while the next read is under way; a stale read is aborted.
 */
export function useFetched<T>(
  key: string,
  load: (api: ApiClient, signal: AbortSignal) => Promise<T>,
): Fetched<T> {
  const api = useApi();
  const [state, setState] = useState<Fetched<T>>({ status: 'loading', value: null });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names everything `load` reads
  useEffect(() => {
    const abort = new AbortController();
    setState((s) => ({ status: 'loading', value: s.value }));
    load(api, abort.signal).then(
      (value) => {
        if (!abort.signal.aborted) setState({ status: 'ready', value });
      },
      (e: unknown) => {
        if (abort.signal.aborted) return;
        const error = e instanceof ApiError || e instanceof Error ? e : new Error(String(e));
        setState((s) => ({ status: 'error', value: s.value, error }));
      },
    );
    return () => abort.abort();
  }, [api, key]);
  return state;
}
