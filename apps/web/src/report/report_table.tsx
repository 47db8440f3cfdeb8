import { formatCell, type ReportTableName, reportTable } from '@siaga/i18n';
import type { CoverageReport } from '@siaga/schema';
import { useI18n } from '../i18n/use_i18n.ts';

/** One table of the report, with the same columns and cells as its CSV and PDF. */
export function ReportTable({ report, name }: { report: CoverageReport; name: ReportTableName }) {
  const { locale } = useI18n();
  const table = reportTable(report, name, locale);
  return (
    <div className="report-table-wrap">
      <table className="report-table" data-testid={`report-table-${name}`}>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.key} scope="col" data-kind={c.kind}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are fixed for one report and never reorder.
            <tr key={i}>
              {row.map((cell, j) => {
                const kind = table.columns[j]?.kind ?? 'text';
                return (
                  <td key={table.columns[j]?.key} data-kind={kind}>
                    {formatCell(locale, cell, kind)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
