import { type CsvRow, findColumn, readCsvTable } from './csv_table.ts';
import type { ImportNotes } from './import_notes.ts';
import { bpsCode, type CellRead, count, kemendagriCode } from './spreadsheet_values.ts';

/** One usable line of a population file: a Kemendagri and/or BPS code and a count. */
export interface PopulationRow {
  line: number;
  code: string | null;
  bpsCode: string | null;
  name: string | null;
  population: number;
  year: number | null;
}

export interface PopulationFile {
  column: string;
  rows: PopulationRow[];
  /** Lines refused or skipped, counted as rows of the file. */
  lines: number;
  /** A "Jumlah" / "Total" line without a code: checked against the sum, never written. */
  total: { line: number; population: number } | null;
}

export interface PopulationFileOptions {
  /** The population column to read when several are present. */
  column?: string | undefined;
  /** The year of the figures when neither the column name nor a year column says it. */
  year?: number | undefined;
}

const isBps = (h: string) => /(^|_)(bps|kd[a-z]?bps)(_|$)|^kd[a-z]bps$/.test(h) && !/nama|name/.test(h);
const isKemendagri = (h: string) =>
  !isBps(h) &&
  !/nama|name/.test(h) &&
  /kemendagri|^kd[a-z]pum$|^(kode|code|kode_wilayah|kode_desa|kode_kelurahan|kode_kecamatan|kode_kec|area_code)$/.test(
    h,
  );
const isPopulation = (h: string) =>
  /^(pop|population|populasi|penduduk|jumlah_penduduk|jml_penduduk|jiwa)|penduduk|population/.test(h);
const isYear = (h: string) => /^(tahun|year)$/.test(h);
const isName = (h: string) => /^(nama|name|desa|kelurahan|desa_kelurahan|kecamatan|wilayah)/.test(h);
const yearIn = (h: string) => {
  const m = /(19|20)\d{2}/.exec(h);
  return m ? Number(m[0]) : null;
};

/**
 * Reads a population CSV per desa or per kecamatan (Kemendagri or BPS codes, any header in Bahasa Indonesia or
 * English): picks the code, name and population columns, repairs what a spreadsheet did to codes and numbers,
 * and refuses (in `notes`) lines it cannot read. Throws ImportFileError when the file as a whole is unusable.
 */
export function readPopulationFile(
  bytes: Uint8Array,
  file: string,
  notes: ImportNotes,
  options: PopulationFileOptions = {},
): PopulationFile {
  const { headers, rows } = readCsvTable(bytes, file, notes);
  const codeColumn = findColumn(headers, isKemendagri);
  const bpsColumn = findColumn(headers, isBps);
  if (codeColumn === null && bpsColumn === null) {
    notes.refuse(
      null,
      `no code column: name one kode_kemendagri, kode, kode_bps or code (found: ${headers.join(', ')})`,
    );
    return { column: '', rows: [], lines: rows.length, total: null };
  }
  const column = populationColumn(headers, rows, notes, options.column);
  if (column === null) return { column: '', rows: [], lines: rows.length, total: null };
  const nameColumn = findColumn(headers, isName);
  const yearColumn = findColumn(headers, isYear);
  const columnYear = yearIn(column) ?? options.year ?? null;
  if (yearColumn === null && columnYear === null) {
    notes.note('No year in the column name, no year column and no --year: the stored year is kept');
  }
  const out: PopulationRow[] = [];
  let total: PopulationFile['total'] = null;
  for (const row of rows) {
    const cell = (h: string | null) => (h === null ? '' : (row.cells[h] ?? ''));
    const name = cell(nameColumn) || null;
    if (cell(codeColumn) === '' && cell(bpsColumn) === '') {
      const people = count(cell(column));
      if (name !== null && /^(jumlah|total|kabupaten)/i.test(name) && 'value' in people) {
        total = { line: row.line, population: people.value };
        continue;
      }
      notes.refuse(row.line, 'no code');
      continue;
    }
    const code = readCell(row.line, cell(codeColumn), kemendagriCode, notes);
    const bps = readCell(row.line, cell(bpsColumn), bpsCode, notes);
    const people = count(cell(column));
    if ('error' in people) {
      notes.refuse(row.line, `${column}: ${people.error === 'empty' ? 'no population' : people.error}`);
      continue;
    }
    if (people.repaired) notes.repair(row.line, people.repaired);
    if (code === undefined || bps === undefined) continue;
    const yearCell = yearColumn === null ? null : count(cell(yearColumn));
    out.push({
      line: row.line,
      code,
      bpsCode: bps,
      name,
      population: people.value,
      year: yearCell && 'value' in yearCell ? yearCell.value : columnYear,
    });
  }
  return { column, rows: out, lines: rows.length, total };
}

/** A code cell: its value, null when empty, undefined when refused (noted). */
function readCell(
  line: number,
  raw: string,
  read: (raw: string) => CellRead<string>,
  notes: ImportNotes,
): string | null | undefined {
  if (raw.trim() === '') return null;
  const r = read(raw);
  if ('error' in r) {
    notes.refuse(line, r.error);
    return undefined;
  }
  if (r.repaired) notes.repair(line, r.repaired);
  return r.value;
}

/**
 * The population column: the one asked for, else the only one, else the newest (by the year in its name) that
 * every line fills. Which one and why goes into the notes.
 */
function populationColumn(
  headers: string[],
  rows: CsvRow[],
  notes: ImportNotes,
  asked: string | undefined,
): string | null {
  if (asked !== undefined) {
    const wanted = headers.find((h) => h === asked || h === asked.toLowerCase());
    if (wanted === undefined) notes.refuse(null, `no column "${asked}" (found: ${headers.join(', ')})`);
    return wanted ?? null;
  }
  const candidates = headers.filter(isPopulation);
  if (candidates.length === 0) {
    notes.refuse(
      null,
      `no population column such as jumlah_penduduk or population (found: ${headers.join(', ')})`,
    );
    return null;
  }
  const empties = (h: string) => rows.filter((r) => (r.cells[h] ?? '') === '').length;
  const complete = candidates.filter((h) => empties(h) === 0);
  const pool = complete.length > 0 ? complete : candidates;
  const chosen = [...pool].sort((a, b) => (yearIn(b) ?? 0) - (yearIn(a) ?? 0))[0] as string;
  if (candidates.length > 1) {
    const others = candidates
      .filter((h) => h !== chosen)
      .map((h) => `${h}${empties(h) > 0 ? ` (${empties(h)} empty)` : ''}`);
    notes.note(`Population read from "${chosen}"; not read: ${others.join(', ')} (choose with --column)`);
  } else {
    notes.note(`Population read from "${chosen}"`);
  }
  return chosen;
}
