import { findColumn, readCsvTable } from './csv_table.ts';
import { ImportFileError } from './import_file_error.ts';
import { ImportNotes } from './import_notes.ts';
import { bpsCode, kemendagriCode } from './spreadsheet_values.ts';

/** Kemendagri code by BPS code, for desa and (derived from their desa) kecamatan. */
export type Crosswalk = Map<string, string>;

/**
 * Reads a crosswalk CSV (a Kemendagri code column and a BPS code column, e.g. desa_crosswalk.csv). The BPS code
 * of a kecamatan is the first 7 digits of its desa's, so kecamatan pairs are derived from the desa rows when they
 * agree. Any unreadable pair refuses the whole crosswalk: a wrong pair would write a wrong population.
 */
export function readCrosswalk(bytes: Uint8Array, file: string): Crosswalk {
  const notes = new ImportNotes();
  const { headers, rows } = readCsvTable(bytes, file, notes);
  const codeColumn = findColumn(headers, (h) => /kemendagri|^kdepum$|^(kode|code)$/.test(h));
  const bpsColumn = findColumn(headers, (h) => /bps/.test(h) && !/nama|name/.test(h));
  if (codeColumn === null || bpsColumn === null) {
    throw new ImportFileError(`${file}: a crosswalk needs a Kemendagri code column and a BPS code column`);
  }
  const out: Crosswalk = new Map();
  const kecamatan = new Map<string, string | null>();
  for (const row of rows) {
    const code = kemendagriCode(row.cells[codeColumn] ?? '');
    const bps = bpsCode(row.cells[bpsColumn] ?? '');
    if ('error' in code || 'error' in bps) {
      throw new ImportFileError(
        `${file} line ${row.line}: ${'error' in code ? code.error : ''} ${'error' in bps ? bps.error : ''}`.trim(),
      );
    }
    out.set(bps.value, code.value);
    if (bps.value.length === 10 && code.value.length === 13) {
      const kecBps = bps.value.slice(0, 7);
      const kec = code.value.slice(0, 8);
      const seen = kecamatan.get(kecBps);
      kecamatan.set(kecBps, seen === undefined || seen === kec ? kec : null);
    }
  }
  for (const [bps, code] of kecamatan) if (code !== null && !out.has(bps)) out.set(bps, code);
  return out;
}
