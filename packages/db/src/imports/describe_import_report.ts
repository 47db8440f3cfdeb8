import type { ImportNote, ImportReport } from '@siaga/schema';

const SHOWN = 30;

function list(title: string, notes: ImportNote[]): string[] {
  if (notes.length === 0) return [];
  return [
    `  ${title}:`,
    ...notes.slice(0, SHOWN).map((n) => `    ${n.row === null ? 'file' : `row ${n.row}`}: ${n.message}`),
    ...(notes.length > SHOWN ? [`    … and ${notes.length - SHOWN} more`] : []),
  ];
}

/** The report as the CLI prints it: counts, then every repaired and refused row with its number. */
export function describeImportReport(r: ImportReport): string {
  const outcome = r.written
    ? 'written'
    : r.dryRun
      ? 'dry run, nothing written'
      : 'NOTHING WRITTEN (a row was refused; fix the file or pass --skip-invalid to take the rest)';
  return [
    `Import ${r.kind} from ${r.file} (${r.format}): ${outcome}`,
    `  rows: ${r.rows}   taken: ${r.taken}   repaired: ${new Set(r.repaired.map((n) => n.row)).size}   refused: ${new Set(r.refused.map((n) => n.row)).size}`,
    ...r.notes.map((n) => `  ${n}`),
    ...list('repaired', r.repaired),
    ...list('refused', r.refused),
  ].join('\n');
}
