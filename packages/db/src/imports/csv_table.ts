import Papa from 'papaparse';
import { ImportFileError } from './import_file_error.ts';
import type { ImportNotes } from './import_notes.ts';

/** One data line of a CSV file: its line number (the header is line 1) and its cells by normalised header. */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

export interface CsvTable {
  /** Normalised headers (lower case, words joined by `_`), in file order. */
  headers: string[];
  rows: CsvRow[];
}

/**
 * A header as the importers match it: "Jumlah Penduduk (jiwa)" -> "jumlah_penduduk_jiwa", "KODE BPS" ->
 * "kode_bps".
 */
export function normaliseHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/**
 * Reads a CSV file as a spreadsheet writes it, with papaparse: UTF-8 with or without a BOM (else Windows-1252),
 * `,`, `;`, tab or `|` between cells (guessed), quoted cells, blank lines skipped. What had to be guessed is
 * noted; a file with no header or no data line is refused as a whole (ImportFileError).
 */
export function readCsvTable(bytes: Uint8Array, file: string, notes: ImportNotes): CsvTable {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
    notes.note('The file is not UTF-8: read as Windows-1252 (as Excel saves CSV on Windows)');
  }
  if (text.startsWith('\uFEFF')) {
    text = text.slice(1);
    notes.note('Byte order mark (BOM) at the start ignored');
  }
  if (text.trim() === '') throw new ImportFileError(`${file}: the file is empty`);
  // Guessed without blank lines (a trailing one defeats papaparse's guess on short files); then parsed with
  // them, so every row keeps its line number.
  const { delimiter } = Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';', '\t', '|'],
    skipEmptyLines: 'greedy',
    preview: 50,
  }).meta;
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  if (delimiter !== ',') notes.note(`Cells separated by "${delimiter === '\t' ? 'tab' : delimiter}"`);
  const [head, ...lines] = parsed.data;
  const headers = (head ?? []).map(normaliseHeader);
  if (headers.length < 2 || headers.every((h) => h === '')) {
    throw new ImportFileError(`${file}: no header line with at least two columns`);
  }
  const rows: CsvRow[] = [];
  for (const [index, cells] of lines.entries()) {
    if (cells.every((c) => c.trim() === '')) continue;
    const row: Record<string, string> = {};
    for (const [i, h] of headers.entries()) if (h !== '') row[h] = (cells[i] ?? '').trim();
    rows.push({ line: index + 2, cells: row });
  }
  if (rows.length === 0) throw new ImportFileError(`${file}: a header but no data lines`);
  return { headers, rows };
}

/** The first header that `test` accepts, in file order. */
export function findColumn(headers: readonly string[], test: (header: string) => boolean): string | null {
  return headers.find(test) ?? null;
}
