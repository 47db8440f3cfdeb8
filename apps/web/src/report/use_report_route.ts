import { useEffect, useState } from 'react';
import { useAppState } from '../store/store_context.tsx';
import { parseReportHash, type ReportRoute, reportHash } from './report_route.ts';

/**
 * Keeps the report tab and the location hash in step: opening `#report…` shows the report, choosing the tab writes
 * the hash (so the URL can be shared or bookmarked), leaving the tab clears it.
 */
export function useReportRoute(): [ReportRoute, (route: ReportRoute) => void] {
  const panel = useAppState((s) => s.panel);
  const setPanel = useAppState((s) => s.setPanel);
  const [route, setRoute] = useState<ReportRoute>(
    () => parseReportHash(location.hash) ?? { profile: 'fire_engine' },
  );

  useEffect(() => {
    const onHash = () => {
      const parsed = parseReportHash(location.hash);
      if (parsed === null) return;
      setRoute(parsed);
      setPanel('report');
    };
    onHash();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [setPanel]);

  useEffect(() => {
    const want = panel === 'report' ? reportHash(route) : '';
    const now = parseReportHash(location.hash) === null ? '' : location.hash;
    if (want !== now) history.replaceState(null, '', `${location.pathname}${location.search}${want}`);
  }, [panel, route]);

  return [route, setRoute];
}
