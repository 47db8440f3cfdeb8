import type { CoverageReport } from '@siaga/schema';
import { formatNumber } from './format.ts';
import { catalogues, fill, type Locale } from './locale.ts';

/** The report's kabupaten summary in the reader's words, for the screen and the PDF alike. */
export interface ReportSummaryText {
  /** Column headings: the measure, the travel-time standard, the WMK radius. */
  headings: [figure: string, travel: string, wmk: string];
  /** Area, population and desa within reach, by the travel-time standard and by WMK: share (value). */
  rows: Array<{ label: string; travel: string; wmk: string }>;
  postsPer30k: { label: string; value: string };
  noRoad: string;
}

/**
 * @example summaryText(report.summary, 15, 'en').rows[0] // { label: 'Land area within reach', travel: '62.5 % (1,022.4 km²)', … }
 */
export function summaryText(
  s: CoverageReport['summary'],
  standardMin: number,
  locale: Locale,
): ReportSummaryText {
  const t = catalogues[locale].report.summary;
  const n = (v: number, digits = 0) => formatNumber(locale, v, digits);
  const cell = (share: number, value: string) => fill(t.share, { share: `${n(share * 100, 1)} %`, value });
  const km2 = (v: number | null) => `${n(v ?? 0, 1)} km²`;
  return {
    headings: [
      t.figure,
      fill(t.travel, { min: standardMin }),
      fill(t.wmk, { radius: n(s.wmk.radiusM / 1_000, 1), builtUp: n(s.wmk.builtUpRadiusM / 1_000, 1) }),
    ],
    rows: [
      {
        label: t.area,
        travel: cell(s.travel.areaShare, km2(s.travel.coveredAreaKm2)),
        wmk: cell(s.wmk.areaShare, km2(s.wmk.coveredAreaKm2)),
      },
      {
        label: t.population,
        travel: cell(s.travel.populationShare, n(s.travel.coveredPopulation)),
        wmk: cell(s.wmk.populationShare, n(s.wmk.coveredPopulation)),
      },
      {
        label: t.desa,
        travel: cell(s.travel.desaShare, `${s.travel.desaCovered}/${s.desaCount}`),
        wmk: cell(s.wmk.desaShare, `${s.wmk.desaCovered}/${s.desaCount}`),
      },
    ],
    postsPer30k: {
      label: t.postsPer30k,
      value: fill(t.postsValue, {
        posts: s.postsPer30k.posts,
        population: n(s.population),
        ratio: n(s.postsPer30k.perPeople, 2),
        needed: s.postsPer30k.needed,
      }),
    },
    noRoad: fill(t.noRoad, { population: n(s.noRoadPopulation) }),
  };
}
