import { fill } from '@siaga/i18n';
import { useI18n } from '../i18n/use_i18n.ts';
import type { SitingRun } from '../store/siting_slice.ts';
import { formatGap, formatMs, formatSitingValue } from './siting_values.ts';

/** Where the search is: the fast answer's time, the exact search's bound and gap as it runs, then the result. */
export function SitingStatus({ run }: { run: SitingRun }) {
  const { t, locale } = useI18n();
  switch (run.status) {
    case 'idle':
      return null;
    case 'error':
      return (
        <p role="alert" className="warning" data-testid="siting-status" data-status="error">
          {run.message}
        </p>
      );
    case 'running': {
      const fast = run.fast;
      const progress = run.progress;
      return (
        <div data-testid="siting-status" data-status="running">
          {fast === null ? (
            <p>
              <span className="spinner spinner--small" /> {t.siting.running}
            </p>
          ) : (
            <>
              <p>{fill(t.siting.fast, { ms: formatMs(locale, t, fast.fastMs) })}</p>
              <p>
                <span className="spinner spinner--small" />{' '}
                {progress === null
                  ? t.siting.searchingStart
                  : fill(t.siting.searching, {
                      value: formatSitingValue(locale, t, fast, progress.value),
                      bound: formatSitingValue(locale, t, fast, progress.bound),
                      gap: formatGap(locale, t, progress.gap),
                    })}
              </p>
            </>
          )}
        </div>
      );
    }
    case 'cancelled':
      return (
        <div data-testid="siting-status" data-status="cancelled" role="status">
          {run.fast !== null && <p>{fill(t.siting.fast, { ms: formatMs(locale, t, run.fast.fastMs) })}</p>}
          <p>{t.siting.gapsClosed.cancelled}</p>
        </div>
      );
    case 'ready': {
      const a = run.answer;
      const ms = formatMs(locale, t, a.exactMs ?? a.fastMs);
      return (
        <div data-testid="siting-status" data-status={a.status}>
          <p>{fill(t.siting.fast, { ms: formatMs(locale, t, a.fastMs) })}</p>
          <p>
            {a.status === 'time_limit'
              ? fill(t.siting.timeLimitReached, {
                  ms,
                  bound: formatSitingValue(locale, t, a, a.bound),
                  gap: formatGap(locale, t, a.gap),
                })
              : a.status === 'optimal'
                ? fill(t.siting.optimal, { ms })
                : null}
          </p>
        </div>
      );
    }
    default:
      return run satisfies never;
  }
}
