import type { ReportScenario, ReportScenarioFigures } from '@siaga/schema';
import { formatNumber } from './format.ts';
import { catalogues, fill, type Locale } from './locale.ts';

/** One comparison row of the report's summary: a figure today, under the scenario, and the change (signed). */
export interface ScenarioRow {
  label: string;
  today: string;
  scenario: string;
  change: string;
}

/**
 * The summary's comparison with a saved scenario, formatted for the reader, for the screen and the PDF alike.
 *
 * @example scenarioRows(report.summary.scenario, 15, 'id')[0] // { label: 'Luas … · Standar 15 menit', … }
 */
export function scenarioRows(s: ReportScenario, standardMin: number, locale: Locale): ScenarioRow[] {
  const t = catalogues[locale].report;
  const sign = (v: number, signed: boolean) => (signed && v > 0 ? '+' : '');
  const pct = (v: number, signed: boolean) => `${sign(v, signed)}${formatNumber(locale, v * 100, 1)} %`;
  const num = (digits: number) => (v: number, signed: boolean) =>
    `${sign(v, signed)}${formatNumber(locale, v, digits)}`;
  const travel = fill(t.summary.travel, { min: standardMin });
  const defs: [string, (f: ReportScenarioFigures) => number, (v: number, signed: boolean) => string][] = [
    [`${t.summary.area} · ${travel}`, (f) => f.travel.areaShare, pct],
    [`${t.summary.population} · ${travel}`, (f) => f.travel.populationShare, pct],
    [`${t.summary.desa} · ${travel}`, (f) => f.travel.desaShare, pct],
    [`${t.summary.area} · WMK`, (f) => f.wmk.areaShare, pct],
    [`${t.summary.population} · WMK`, (f) => f.wmk.populationShare, pct],
    [`${t.summary.desa} · WMK`, (f) => f.wmk.desaShare, pct],
    [t.scenarioPosts, (f) => f.posts, num(0)],
    [t.summary.postsPer30k, (f) => f.postsPer30k, num(2)],
  ];
  return defs.map(([label, value, format]) => ({
    label,
    today: format(value(s.today), false),
    scenario: format(value(s.figures), false),
    change: format(value(s.change), true),
  }));
}
