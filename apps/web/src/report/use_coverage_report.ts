import { CoverageReport } from '@siaga/schema';
import { useEffect, useState } from 'react';
import { useApi } from '../api/api_context.tsx';
import { type ReportRoute, reportQuery } from './report_route.ts';

export type ReportState =
  | { status: 'loading' }
  | { status: 'ready'; report: CoverageReport }
  /** The error is kept as is, so the message follows a change of language. */
  | { status: 'error'; error: Error };

/** The coverage report computed by the server for a route; asked again when the route changes. */
export function useCoverageReport(route: ReportRoute): ReportState {
  const api = useApi();
  const [state, setState] = useState<ReportState>({ status: 'loading' });
  const query = reportQuery(route);
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    api.read(`/api/reports/coverage?${query}`, CoverageReport, controller.signal).then(
      ({ value }) => setState({ status: 'ready', report: value }),
      (e: unknown) => {
        if (!controller.signal.aborted)
          setState({ status: 'error', error: e instanceof Error ? e : new Error(String(e)) });
      },
    );
    return () => controller.abort();
  }, [api, query]);
  return state;
}
