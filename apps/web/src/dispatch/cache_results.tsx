import { fill, formatDuration, formatNumber } from '@siaga/i18n';
import type { ClosestResponse, ItemType } from '@siaga/schema';
import { useI18n } from '../i18n/use_i18n.ts';
import { formatDistance } from './directions_text.ts';
import { RouteList } from './route_list.tsx';

type Answer = ClosestResponse;
type ItemAsked = { itemType: ItemType; quantity: number };

/**
 * Why no cache is listed: no cache has the item ready at all, none has enough, or those that have it cannot be
 * reached by road. Null when nothing was asked (then "nothing reachable by road" is the only reason).
 */
export function emptyCachesMessage(
  t: ReturnType<typeof useI18n>['t'],
  locale: ReturnType<typeof useI18n>['locale'],
  answer: Answer,
  item: ItemAsked | null,
): string | null {
  const caches = answer.caches;
  if (caches === null || item === null) return null;
  const name = t.enums.itemType[item.itemType];
  if (caches.holding === 0) return fill(t.directions.noCacheHolds, { item: name });
  if (caches.considered === 0) {
    return fill(t.directions.noCacheHoldsEnough, {
      n: formatNumber(locale, item.quantity),
      item: name,
      holding: formatNumber(locale, caches.holding),
    });
  }
  return fill(t.directions.cachesUnreachable, { item: name });
}

/** The requirement's outcome: one cache, a combination (what to take where), or short (what is missing, why). */
function Requirement({ answer, nameOf }: { answer: Answer; nameOf(id: string): string }) {
  const { t, locale } = useI18n();
  const req = answer.requirement;
  if (req === null) return null;
  const time = req.etaS === null ? '' : formatDuration(locale, t, Math.round(req.etaS));
  const items = (take: ItemAsked[]) =>
    take.map((x) => `${formatNumber(locale, x.quantity)} ${t.enums.itemType[x.itemType]}`).join(', ');
  return (
    <div className="requirement-result" data-testid="requirement-result" data-outcome={req.outcome}>
      {req.outcome === 'one_cache' && <p>{fill(t.directions.oneCache, { time })}</p>}
      {req.outcome === 'combination' && (
        <p>{fill(t.directions.combination, { n: formatNumber(locale, req.members.length), time })}</p>
      )}
      {req.members.length > 0 && (
        <ul>
          {req.members.map((m) => (
            <li key={m.cacheId}>
              <strong>{nameOf(m.cacheId)}</strong>
              <span className="muted"> — {fill(t.directions.take, { items: items(m.take) })}</span>
            </li>
          ))}
        </ul>
      )}
      {req.outcome === 'short' && (
        <>
          <p className="warning">{t.directions.short}</p>
          <ul>
            {req.missing.map((m) => (
              <li key={m.itemType}>
                {fill(m.heldReady === 0 ? t.directions.missingNone : t.directions.missingUnreachable, {
                  n: formatNumber(locale, m.quantity),
                  item: t.enums.itemType[m.itemType],
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** The caches part of the dispatcher's answer: the requirement's outcome, then the cache cards. */
export function CacheResults({
  answer,
  nameOf,
  item,
}: {
  answer: Answer;
  nameOf(id: string): string;
  /** The single item filter, when one is set (for "no cache has it" versus "not reachable"). */
  item: ItemAsked | null;
}) {
  const { t, locale } = useI18n();
  const empty = emptyCachesMessage(t, locale, answer, item) ?? undefined;
  return (
    <>
      <Requirement answer={answer} nameOf={nameOf} />
      <RouteList
        routes={answer.caches?.results ?? []}
        nameOf={nameOf}
        kind="cache"
        {...(empty === undefined ? {} : { empty })}
      />
    </>
  );
}

/** When no post reaches the incident on its road: says so and where the posts still get. */
export function CutOffNotice({ answer }: { answer: Answer }) {
  const { t, locale } = useI18n();
  if (answer.cutOff === null) return null;
  const near = answer.cutOff.nearestReachable;
  return (
    <p className="warning" data-testid="cut-off" role="status">
      {near === null
        ? t.incident.cutOffNowhere
        : fill(t.incident.cutOff, {
            road: near.roadName ?? t.dispatch.unnamedRoad,
            distance: formatDistance(locale, t, near.distanceM),
          })}
    </p>
  );
}
