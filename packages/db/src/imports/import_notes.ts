import type { ImportKind, ImportNote, ImportReport } from '@siaga/schema';

/** Collects what an import repaired and refused, row by row, and facts about the whole file. */
export class ImportNotes {
  readonly repaired: ImportNote[] = [];
  readonly refused: ImportNote[] = [];
  readonly notes: string[] = [];

  repair(row: number | null, message: string): void {
    this.repaired.push({ row, message });
  }

  refuse(row: number | null, message: string): void {
    this.refused.push({ row, message });
  }

  note(message: string): void {
    this.notes.push(message);
  }

  /** Whether a row (or, for null, the whole file) was refused. */
  isRefused(row: number | null): boolean {
    return this.refused.some((n) => n.row === row);
  }

  /** The report of `rows` rows; every row not refused is counted as taken. */
  report(head: { kind: ImportKind; file: string; format: string }, rows: number): ImportReport {
    const refusedRows = new Set(this.refused.map((n) => n.row));
    const fileRefused = refusedRows.has(null);
    return {
      ...head,
      dryRun: false,
      written: false,
      rows,
      taken: fileRefused ? 0 : rows - [...refusedRows].length,
      repaired: [...this.repaired].sort(byRow),
      refused: [...this.refused].sort(byRow),
      notes: [...this.notes],
    };
  }
}

const byRow = (a: ImportNote, b: ImportNote) => (a.row ?? 0) - (b.row ?? 0);
