import { catalogues, type Locale, reportTable } from '@siaga/i18n';
import type { CoverageReport, ReportTable } from '@siaga/schema';
import { csvField } from '../audit/audit_csv.ts';

/**
 * One table of the coverage report as CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark so spreadsheets read
 * Indonesian names right), headers in the chosen language; numbers raw with a dot, shares as percent.
 *
 * @example reportCsv(report, 'kecamatan', 'id').startsWith('\uFEFFKode,Nama,Penduduk')
 */
export function reportCsv(report: CoverageReport, table: ReportTable, locale: Locale): string {
  const { columns, rows } = reportTable(report, table, locale);
  const header = columns.map((c) => csvField(c.kind === 'percent' ? `${c.label} (%)` : c.label));
  const { yes, no } = catalogues[locale].report;
  const lines = [
    header.join(','),
    ...rows.map((r) =>
      r.map((cell) => csvField(typeof cell === 'boolean' ? (cell ? yes : no) : cell)).join(','),
    ),
  ];
  return `\uFEFF${lines.map((l) => `${l}\r\n`).join('')}`;
}
