import type { CoverageReport, ItemType, ReportDesaRow } from '@siaga/schema';
import { formatNumber } from './format.ts';
import type { Catalogue } from './id.ts';
import { catalogues, fill, type Locale } from './locale.ts';

/** How a cell is shown: percentages are 0..100 with one decimal, minutes and km with one decimal. */
export type CellKind = 'text' | 'int' | 'decimal' | 'percent' | 'bool';
export type Cell = string | number | boolean | null;
export type ColumnKey = keyof Catalogue['report']['columns'];

export interface ReportTableData {
  columns: { key: ColumnKey; label: string; kind: CellKind }[];
  rows: Cell[][];
}

/** Every table of the report, in the order the screen and the PDF show them. */
export const REPORT_TABLE_NAMES = [
  'kecamatan',
  'desa',
  'equipment',
  'hazards',
  'incidents',
  'sources',
] as const;
export type ReportTableName = (typeof REPORT_TABLE_NAMES)[number];

type Def<R> = [ColumnKey, CellKind, (row: R) => Cell][];

const pct = (share: number): number => Math.round(share * 1_000) / 10;
const dec = (n: number | null): number | null => (n === null ? null : Math.round(n * 10) / 10);

function hazardsText(t: Catalogue, list: ReportDesaRow['hazards']): string {
  return list.map((h) => `${t.enums.hazardType[h.hazardType]} (${t.enums.hazardLevel[h.level]})`).join('; ');
}

function equipmentText(locale: Locale, t: Catalogue, e: Partial<Record<ItemType, number>>): string {
  return Object.entries(e)
    .filter(([, n]) => (n ?? 0) > 0)
    .map(([k, n]) => `${t.enums.itemType[k as ItemType]} ${formatNumber(locale, n ?? 0)}`)
    .join('; ');
}

function definitions(locale: Locale, t: Catalogue) {
  const kecamatan: Def<CoverageReport['kecamatan'][number]> = [
    ['code', 'text', (k) => k.code],
    ['name', 'text', (k) => k.name],
    ['population', 'int', (k) => Math.round(k.population)],
    ['landAreaKm2', 'decimal', (k) => dec(k.landAreaKm2)],
    ['desaCount', 'int', (k) => k.desaCount],
    ['postsInside', 'int', (k) => k.postsInside],
    ['travelAreaShare', 'percent', (k) => pct(k.travel.areaShare)],
    ['travelPopulationShare', 'percent', (k) => pct(k.travel.populationShare)],
    ['travelDesaCovered', 'int', (k) => k.travel.desaCovered],
    ['wmkPopulationShare', 'percent', (k) => pct(k.wmk.populationShare)],
    ['wmkDesaCovered', 'int', (k) => k.wmk.desaCovered],
    ['meanEtaMin', 'decimal', (k) => dec(k.meanEtaMin)],
    ['slowestDesa', 'text', (k) => k.slowestDesa?.name ?? null],
    ['slowestEtaMin', 'decimal', (k) => dec(k.slowestDesa?.etaMin ?? null)],
    ['hazards', 'text', (k) => hazardsText(t, k.hazards)],
    ['equipment', 'text', (k) => equipmentText(locale, t, k.equipment)],
  ];
  const desa: Def<CoverageReport['desa'][number]> = [
    ['code', 'text', (d) => d.code],
    ['name', 'text', (d) => d.name],
    ['kecamatan', 'text', (d) => d.kecamatanName],
    ['kelurahan', 'bool', (d) => d.isKelurahan],
    ['population', 'int', (d) => Math.round(d.population)],
    ['nearestPost', 'text', (d) => d.nearestPost?.name ?? null],
    ['etaMin', 'decimal', (d) => dec(d.etaMin)],
    ['withinStandard', 'bool', (d) => d.withinStandard],
    ['coveredShare', 'percent', (d) => pct(d.coveredShare)],
    ['wmkDistanceKm', 'decimal', (d) => (d.wmkDistanceM === null ? null : dec(d.wmkDistanceM / 1_000))],
    ['wmkLimitKm', 'decimal', (d) => dec(d.wmkLimitM / 1_000)],
    ['withinWmk', 'bool', (d) => d.withinWmk],
    ['hazards', 'text', (d) => hazardsText(t, d.hazards)],
    ['equipment', 'text', (d) => equipmentText(locale, t, d.equipment)],
  ];
  const equipment: Def<CoverageReport['equipment'][number]> = [
    ['cache', 'text', (e) => e.cacheName],
    ['post', 'text', (e) => e.post?.name ?? null],
    ['desaCode', 'text', (e) => e.desaCode],
    ['itemType', 'text', (e) => t.enums.itemType[e.itemType]],
    ['condition', 'text', (e) => t.enums.itemCondition[e.condition]],
    ['quantity', 'int', (e) => e.quantity],
    ['quantityAvailable', 'int', (e) => e.quantityAvailable],
    ['lastInspected', 'text', (e) => e.lastInspected ?? t.report.never],
    ['overdue', 'bool', (e) => e.overdue],
  ];
  const hazards: Def<CoverageReport['summary']['hazards'][number]> = [
    ['hazardType', 'text', (h) => t.enums.hazardType[h.hazardType]],
    ['level', 'text', (h) => t.enums.hazardLevel[h.level]],
    ['areaKm2', 'decimal', (h) => dec(h.areaKm2)],
    ['uncoveredTravelKm2', 'decimal', (h) => dec(h.uncoveredTravelKm2)],
    ['uncoveredWmkKm2', 'decimal', (h) => dec(h.uncoveredWmkKm2)],
  ];
  const incidents: Def<CoverageReport['summary']['incidents']['rows'][number]> = [
    ['incident', 'text', (i) => i.title],
    ['occurredAt', 'text', (i) => i.occurredAt.slice(0, 10)],
    ['nearestPost', 'text', (i) => i.nearestPost?.name ?? null],
    ['modelledEtaMin', 'decimal', (i) => dec(i.modelledEtaMin)],
    ['recordedResponseMin', 'decimal', (i) => dec(i.recordedResponseMin)],
  ];
  const sources: Def<CoverageReport['sources'][number]> = [
    ['source', 'text', (s) => t.report.sources[s.id]],
    ['count', 'int', (s) => s.count],
    ['citations', 'text', (s) => s.citations.join('; ')],
  ];
  return { kecamatan, desa, equipment, hazards, incidents, sources };
}

function rowsOf(report: CoverageReport, name: ReportTableName): unknown[] {
  switch (name) {
    case 'kecamatan':
      return report.kecamatan;
    case 'desa':
      return report.desa;
    case 'equipment':
      return report.equipment;
    case 'hazards':
      return report.summary.hazards;
    case 'incidents':
      return report.summary.incidents.rows;
    case 'sources':
      return report.sources;
    default:
      return name satisfies never;
  }
}

/**
 * One table of the report with its headers in the reader's language; cells stay values (numbers, booleans) so the
 * CSV writes them raw and the screen and PDF format them with formatCell.
 *
 * @example reportTable(report, 'kecamatan', 'id').columns[1]?.label === 'Nama'
 */
export function reportTable(report: CoverageReport, name: ReportTableName, locale: Locale): ReportTableData {
  const t = catalogues[locale];
  const def = definitions(locale, t)[name] as Def<unknown>;
  return {
    columns: def.map(([key, kind]) => ({ key, kind, label: t.report.columns[key] })),
    rows: rowsOf(report, name).map((row) => def.map(([, , value]) => value(row))),
  };
}

/** A cell as text for the screen and the PDF. */
export function formatCell(locale: Locale, cell: Cell, kind: CellKind): string {
  const t = catalogues[locale];
  if (cell === null || cell === '') return t.report.none;
  if (typeof cell === 'boolean') return cell ? t.report.yes : t.report.no;
  if (typeof cell === 'string') return cell;
  switch (kind) {
    case 'percent':
      return `${formatNumber(locale, cell, 1)} %`;
    case 'decimal':
      return formatNumber(locale, cell, 1);
    case 'int':
    case 'text':
    case 'bool':
      return formatNumber(locale, cell);
    default:
      return kind satisfies never;
  }
}

/**
 * The colour of each travel-time band of the report (REPORT_BANDS_MIN, then beyond the last): greens within the
 * 15-minute standard, yellow to dark red beyond it. The screen's and the PDF's charts and maps share them.
 */
export const REPORT_BAND_COLOURS = [
  '#1a9850',
  '#66bd63',
  '#a6d96a',
  '#fee08b',
  '#fdae61',
  '#f46d43',
  '#d73027',
  '#7f0000',
] as const;

/** Index of the band a time in minutes falls in (null: unreachable, the last band). */
export function bandOf(bandsMin: readonly number[], minutes: number | null): number {
  if (minutes === null) return bandsMin.length;
  const j = bandsMin.findIndex((limit) => minutes <= limit);
  return j < 0 ? bandsMin.length : j;
}

/** The label of band j: "5–10 mnt", or "> 60 mnt" beyond the last. */
export function bandLabel(locale: Locale, bandsMin: readonly number[], j: number): string {
  const t = catalogues[locale];
  const to = bandsMin[j];
  if (to === undefined) return fill(t.report.charts.beyond, { min: bandsMin[bandsMin.length - 1] ?? 0 });
  return fill(t.report.charts.band, { from: j === 0 ? 0 : (bandsMin[j - 1] ?? 0), to });
}
