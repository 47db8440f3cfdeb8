import { type AuditEntry, AuditList } from '@siaga/schema';
import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../api/api_context.tsx';

export type AuditEntries =
  | { status: 'idle' }
  | { status: 'loading'; entries: AuditEntry[] }
  | { status: 'ready'; entries: AuditEntry[]; hasMore: boolean }
  /** The error is kept as is, so the message follows a change of language. */
  | { status: 'error'; entries: AuditEntry[]; error: Error };

/**
 * The audit entries for a query string (null: ask nothing), newest first, a page at a time; `more` appends
 * the next page. A new query needs a new component (key it by the query), so it starts from its first page.
 */
export function useAuditEntries(search: string | null, pageSize: number) {
  const api = useApi();
  const [state, setState] = useState<AuditEntries>({ status: 'idle' });
  const [pages, setPages] = useState(1);

  useEffect(() => {
    if (search === null) {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    const limit = pageSize * pages + 1;
    const query = `${search}${search === '' ? '' : '&'}limit=${limit}&offset=0`;
    setState((s) => ({ status: 'loading', entries: s.status === 'idle' ? [] : s.entries }));
    api.read(`/api/audit?${query}`, AuditList, controller.signal).then(
      ({ value }) =>
        setState({
          status: 'ready',
          entries: value.entries.slice(0, limit - 1),
          hasMore: value.entries.length === limit,
        }),
      (e: unknown) => {
        if (controller.signal.aborted) return;
        const error = e instanceof Error ? e : new Error(String(e));
        setState((s) => ({ status: 'error', entries: s.status === 'idle' ? [] : s.entries, error }));
      },
    );
    return () => controller.abort();
  }, [api, search, pages, pageSize]);

  const more = useCallback(() => setPages((n) => n + 1), []);
  return { state, more };
}
