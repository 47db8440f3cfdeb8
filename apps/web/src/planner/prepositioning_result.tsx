import { type Catalogue, fill, formatDuration, formatNumber, type Locale } from '@siaga/i18n';
import type { PrepositioningResponse } from '@siaga/schema';
import { useI18n } from '../i18n/use_i18n.ts';
import type { PrepositioningRun } from '../store/prepositioning_slice.ts';
import { formatGap, formatMs } from './siting_values.ts';

const money = (locale: Locale, t: Catalogue, n: number) =>
  fill(t.prepositioning.money, { n: formatNumber(locale, n) });
const time = (locale: Locale, t: Catalogue, s: number) => formatDuration(locale, t, Math.round(s));

/** Where the search is: the fast plan's time, then proven optimal (or the time limit with its gap). */
export function PrepositioningStatus({ run }: { run: PrepositioningRun }) {
  const { t, locale } = useI18n();
  switch (run.status) {
    case 'idle':
      return null;
    case 'error':
      return (
        <p role="alert" className="warning" data-testid="prepos-status" data-status="error">
          {run.message}
        </p>
      );
    case 'running':
      return (
        <div data-testid="prepos-status" data-status="running">
          {run.fast !== null && (
            <p>{fill(t.prepositioning.fast, { ms: formatMs(locale, t, run.fast.fastMs) })}</p>
          )}
          <p>
            <span className="spinner spinner--small" />{' '}
            {run.fast === null
              ? t.prepositioning.running
              : (run.progress?.gap ?? null) === null
                ? t.prepositioning.searching
                : fill(t.prepositioning.searchingGap, {
                    gap: formatGap(locale, t, run.progress?.gap ?? null),
                  })}
          </p>
        </div>
      );
    case 'cancelled':
      return (
        <div data-testid="prepos-status" data-status="cancelled" role="status">
          {run.fast !== null && (
            <p>{fill(t.prepositioning.fast, { ms: formatMs(locale, t, run.fast.fastMs) })}</p>
          )}
          <p>{t.prepositioning.gapsClosed.cancelled}</p>
        </div>
      );
    case 'ready': {
      const a = run.answer;
      const ms = formatMs(locale, t, a.exactMs ?? a.fastMs);
      return (
        <div
          data-testid="prepos-status"
          data-status={a.status}
          data-fast-ms={a.fastMs}
          data-exact-ms={a.exactMs ?? ''}
        >
          <p>{fill(t.prepositioning.fast, { ms: formatMs(locale, t, a.fastMs) })}</p>
          {a.status === 'optimal' && <p>{fill(t.prepositioning.optimal, { ms })}</p>}
          {a.status === 'time_limit' && (
            <p>{fill(t.prepositioning.timeLimitReached, { ms, gap: formatGap(locale, t, a.gap) })}</p>
          )}
        </div>
      );
    }
    default:
      return run satisfies never;
  }
}

function CacheList({ answer }: { answer: PrepositioningResponse }) {
  const { t, locale } = useI18n();
  if (answer.caches.length === 0) return <p className="muted">{t.prepositioning.noChange}</p>;
  return (
    <ol className="siting-list" data-testid="prepos-caches">
      {answer.caches.map((cache) => (
        <li key={cache.id} data-cache={cache.id}>
          <strong>{cache.name ?? cache.id}</strong>
          {cache.source !== 'existing' && <span className="muted"> ({t.prepositioning.newCache})</span>}
          <ul>
            {answer.holdings
              .filter((h) => h.cache.id === cache.id)
              .map((h) => {
                const how = [
                  ...(h.bought > 0 ? [fill(t.prepositioning.bought, { n: h.bought })] : []),
                  ...h.movedIn.map((m) =>
                    fill(t.prepositioning.movedIn, { n: m.units, from: m.name ?? m.id }),
                  ),
                  ...h.movedOut.map((m) =>
                    fill(t.prepositioning.movedOut, { n: m.units, to: m.name ?? m.id }),
                  ),
                ];
                return (
                  <li key={h.itemType} data-item={h.itemType}>
                    {fill(t.prepositioning.holding, {
                      item: t.enums.itemType[h.itemType],
                      stock: h.stock,
                      hold: h.hold,
                    })}{' '}
                    <span className="muted">({how.join('; ')})</span>
                    {h.hold > h.stock && (
                      <ul>
                        {h.serves.map((s) => (
                          <li key={s.zoneId}>
                            {fill(t.prepositioning.serves, {
                              zone: s.zoneName,
                              time: time(locale, t, s.seconds),
                            })}
                            ;{' '}
                            {s.before === null
                              ? t.prepositioning.beforeNone
                              : fill(t.prepositioning.before, {
                                  cache: s.before.name ?? s.before.id,
                                  time: time(locale, t, s.before.seconds),
                                })}
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                );
              })}
          </ul>
        </li>
      ))}
    </ol>
  );
}

function ZoneList({ answer }: { answer: PrepositioningResponse }) {
  const { t } = useI18n();
  return (
    <ul className="prepos-zones" data-testid="prepos-zones">
      {answer.zones.map((z) => (
        <li key={z.id} data-zone={z.id} data-complete={z.complete}>
          <strong>{z.name}</strong> <span className="muted">({t.enums.hazardType[z.hazardType]})</span>:{' '}
          {z.complete
            ? t.prepositioning.complete
            : z.lines
                .filter((l) => l.shortfall > 0)
                .map((l) =>
                  fill(t.prepositioning.short, { item: t.enums.itemType[l.itemType], n: l.shortfall }),
                )
                .join(', ')}
          {!z.reachable && <p className="warning">{t.prepositioning.unreachable}</p>}
        </li>
      ))}
    </ul>
  );
}

/** The plan: its cost, items per cache (each explained) and the shortfall per zone. */
export function PrepositioningPlan({ answer }: { answer: PrepositioningResponse }) {
  const { t, locale } = useI18n();
  const fmt = (n: number) => formatNumber(locale, n, 2);
  return (
    <div data-testid="prepos-plan" data-phase={answer.phase}>
      <p>
        {fill(t.prepositioning.cost, {
          total: money(locale, t, answer.cost.total),
          move: money(locale, t, answer.cost.move),
          buy: money(locale, t, answer.cost.buy),
          open: money(locale, t, answer.cost.open),
        })}
      </p>
      <p className="muted">
        {fill(t.prepositioning.units, { moved: answer.movedUnits, bought: answer.boughtUnits })}.{' '}
        {fill(t.prepositioning.missing, { before: fmt(answer.missingBefore), after: fmt(answer.missing) })}
      </p>
      <h3>{t.prepositioning.perCache}</h3>
      <CacheList answer={answer} />
      <h3>{t.prepositioning.perZone}</h3>
      <ZoneList answer={answer} />
    </div>
  );
}
