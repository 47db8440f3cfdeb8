import { fill } from '@siaga/i18n';
import type { ImportNote, ImportReport } from '@siaga/schema';
import { useI18n } from '../i18n/use_i18n.ts';

const rowsOf = (notes: ImportNote[]) => new Set(notes.map((n) => n.row)).size;

function NoteList({ title, notes, kind }: { title: string; notes: ImportNote[]; kind: string }) {
  const { t } = useI18n();
  if (notes.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul className={`import-notes import-${kind}`} data-testid={`import-${kind}`}>
        {notes.map((n, i) => (
          // Several notes may name one row: the index keeps the keys apart.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole for every report
          <li key={i}>
            <strong>{n.row === null ? t.imports.wholeFile : fill(t.imports.row, { row: n.row })}</strong>{' '}
            {n.message}
          </li>
        ))}
      </ul>
    </>
  );
}

/** What an import took, repaired and refused, row by row (the messages are the server's). */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useI18n();
  const heading = report.written
    ? t.imports.reportWritten
    : report.dryRun
      ? t.imports.reportDryRun
      : t.imports.reportNotWritten;
  return (
    <div className="import-report" data-testid="import-report" data-written={report.written}>
      <h3>{heading}</h3>
      <p className="import-counts" data-testid="import-counts">
        {report.file} ·{' '}
        {fill(t.imports.counts, {
          rows: report.rows,
          taken: report.taken,
          repaired: rowsOf(report.repaired),
          refused: rowsOf(report.refused),
        })}
      </p>
      {report.notes.length > 0 && (
        <>
          <h4>{t.imports.notes}</h4>
          <ul className="import-notes">
            {report.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      )}
      <NoteList title={t.imports.refused} notes={report.refused} kind="refused" />
      <NoteList title={t.imports.repaired} notes={report.repaired} kind="repaired" />
    </div>
  );
}
