import { type AuditEntry, AuditList } from '@siaga/schema';
import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../api/api_context.tsx';
import { ApiError } from '../api/api_error.ts';
import { describeApiError } from '../api/describe_api_error.ts';
import { useI18n } from '../i18n/use_i18n.ts';

export type AuditEntries =
  | { status: 'idle' }
  | { status: 'loading'; entries: AuditEntry[] }
  | { status: 'ready'; entries: AuditEntry[]; hasMore: boolean }
  | { status: 'error'; entries: AuditEntry[]; message: string };

/**
 * The audit entries for a query string (null: ask nothing), newest first, a page at a time; `more` appends
 * the next page.
 */
export function useAuditEntries(search: string | null, pageSize: number) {
  const api = useApi();
  const { t } = useI18n();
  const [state, setState] = useState<AuditEntries>({ status: 'idle' });
  const [pages, setPages] = useState(1);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new query starts again from its first page.
  useEffect(() => setPages(1), [search]);

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
        const message = e instanceof ApiError ? describeApiError(t, e) : String(e);
        setState((s) => ({ status: 'error', entries: s.status === 'idle' ? [] : s.entries, message }));
      },
    );
    return () => controller.abort();
  }, [api, search, pages, pageSize, t]);

  const more = useCallback(() => setPages((n) => n + 1), []);
  return { state, more };
}
