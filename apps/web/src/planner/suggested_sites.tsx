import { fill, formatNumber } from '@siaga/i18n';
import type { SitingResponse } from '@siaga/schema';
import { useI18n } from '../i18n/use_i18n.ts';
import { useAppState } from '../store/store_context.tsx';
import { formatSitingValue } from './siting_values.ts';

const samePlace = (a: readonly number[], b: readonly number[]) => a[0] === b[0] && a[1] === b[1];

/** Each suggested site with why it is there, and "accept", which adds it to the plan as a candidate (undoable). */
export function SuggestedSites({ answer }: { answer: SitingResponse }) {
  const { t, locale } = useI18n();
  const candidates = useAppState((s) => s.plan.candidates);
  const addCandidate = useAppState((s) => s.addCandidate);
  const nameOf = (site: { name: string | null; source: SitingResponse['sites'][number]['source'] }) =>
    site.name ?? t.enums.candidateSource[site.source];
  return (
    <>
      <p>
        <strong>{t.siting.value[answer.objective]}:</strong>{' '}
        {formatSitingValue(locale, t, answer, answer.value)}{' '}
        <span className="muted">
          ({fill(t.siting.baseline, { value: formatSitingValue(locale, t, answer, answer.baseline) })})
        </span>
      </p>
      <p className="muted">
        {fill(t.siting.candidatesCounted, {
          n: formatNumber(locale, answer.candidateCount),
          d: formatNumber(locale, answer.demand.count),
        })}
      </p>
      {answer.sites.length === 0 && <p className="muted">{t.siting.noSites}</p>}
      <ol className="siting-list" data-testid="siting-sites">
        {answer.sites.map((site, i) => {
          const accepted = candidates.some((c) => samePlace(c.position, site.point.coordinates));
          const next = site.nextBest;
          return (
            <li key={site.id} data-site={site.id}>
              <strong>{fill(t.siting.site, { n: i + 1, name: nameOf(site) })}</strong>{' '}
              <span className="muted">({t.enums.candidateSource[site.source]})</span>
              <ul>
                <li>{fill(t.siting.newlyCovered, { n: formatNumber(locale, site.newlyCoveredWeight) })}</li>
                {site.newlyCovered.length > 0 && (
                  <li>
                    {fill(t.siting.desaMoved, {
                      names: site.newlyCovered.map((d) => d.name ?? d.id).join(', '),
                    })}
                  </li>
                )}
                <li data-testid="siting-hazard-area">
                  {fill(t.siting.gapsClosed.hazardArea, {
                    n: formatNumber(locale, site.newlyCoveredHazardAreaKm2, 2),
                  })}
                </li>
                {site.newlyCoveredHazards.length > 0 && (
                  <li>
                    {fill(t.siting.hazardsMoved, {
                      list: site.newlyCoveredHazards
                        .map((h) =>
                          fill(t.siting.gapsClosed.hazardLine, {
                            type: t.enums.hazardType[h.hazardType],
                            people: fill(t.units.people, { n: formatNumber(locale, h.population) }),
                            area: fill(t.units.km2, { n: formatNumber(locale, h.areaKm2, 2) }),
                          }),
                        )
                        .join(', '),
                    })}
                  </li>
                )}
                {site.relieves !== null && (
                  <li>
                    {fill(t.siting.relieves, {
                      post: site.relieves.name ?? site.relieves.id,
                      n: formatNumber(locale, site.relieves.weight),
                    })}
                  </li>
                )}
                {next !== null && (
                  <li>
                    {next.worseBy <= 1e-9
                      ? fill(t.siting.nextBestTie, { name: next.name ?? next.id })
                      : fill(t.siting.nextBest, {
                          name: next.name ?? next.id,
                          n: formatSitingValue(locale, t, answer, next.worseBy),
                        })}
                  </li>
                )}
              </ul>
              <button
                type="button"
                disabled={accepted}
                data-testid="siting-accept"
                onClick={() => addCandidate(site.point.coordinates)}
              >
                {accepted ? t.siting.accepted : t.siting.accept}
              </button>
            </li>
          );
        })}
      </ol>
    </>
  );
}
