/** A cell read: the value, and what was repaired to get it; or why it cannot be read. */
export type CellRead<T> = { value: T; repaired?: string } | { error: string };

const KEMENDAGRI = /^\d{2}(\.\d{2}){1,2}(\.\d{4})?$/;
/** Digits of a Kemendagri code without its dots, by length: kabupaten, kecamatan, desa. */
const KEMENDAGRI_DIGITS: Record<number, (d: string) => string> = {
  4: (d) => `${d.slice(0, 2)}.${d.slice(2)}`,
  6: (d) => `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4)}`,
  10: (d) => `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)}.${d.slice(6)}`,
};

/**
 * The digits of a code cell that a spreadsheet may have turned into a number: "5108082013.0" and
 * "5.108082013E+09" give back their digits; "5.10808E+09" has lost its last digits and is refused.
 */
function codeDigits(raw: string): CellRead<string> {
  const cell = raw.trim();
  const plain = /^(\d+)(?:[.,]0+)?$/.exec(cell);
  if (plain?.[1]) return { value: plain[1], ...(plain[0] !== plain[1] ? { repaired: 'a number' } : {}) };
  const sci = /^(\d)(?:[.,](\d+))?E\+?(\d+)$/i.exec(cell);
  if (sci?.[1]) {
    const mantissa = `${sci[1]}${sci[2] ?? ''}`;
    const exponent = Number(sci[3]);
    if (mantissa.length > exponent + 1) return { error: `"${cell}" is not a whole code` };
    if (mantissa.length < exponent + 1) {
      return {
        error:
          `"${cell}" is a code a spreadsheet wrote in scientific notation: its last digits are lost. ` +
          'Format the code column as text and save the file again',
      };
    }
    return { value: mantissa.padEnd(exponent + 1, '0'), repaired: 'scientific notation' };
  }
  return { error: `"${cell}" is not a code` };
}

/**
 * A Kemendagri code from a cell: "51.08.08.2013" as is; "5108082013" (a spreadsheet dropped the dots, or read
 * the column as numbers) is repaired to "51.08.08.2013".
 *
 * @example kemendagriCode('5108082013') // { value: '51.08.08.2013', repaired: '…' }
 */
export function kemendagriCode(raw: string): CellRead<string> {
  const cell = raw.trim();
  if (KEMENDAGRI.test(cell)) return { value: cell };
  const digits = codeDigits(cell);
  if ('error' in digits) return digits;
  const format = KEMENDAGRI_DIGITS[digits.value.length];
  if (!format) return { error: `"${cell}" is not a Kemendagri code such as 51.08.08.2013` };
  const value = format(digits.value);
  // A desa's last four digits start with 1 (kelurahan) or 2 (desa); other ten digits are a BPS code.
  if (digits.value.length === 10 && !/^[12]/.test(digits.value.slice(6))) {
    return { error: `"${cell}" is not a Kemendagri code such as 51.08.08.2013 (a BPS code?)` };
  }
  return { value, repaired: `code ${cell} (${digits.repaired ?? 'without dots'}) read as ${value}` };
}

/** A BPS code (digits: 4 kabupaten, 7 kecamatan, 10 desa), repaired as `kemendagriCode` repairs. */
export function bpsCode(raw: string): CellRead<string> {
  const cell = raw.trim();
  const digits = codeDigits(cell);
  if ('error' in digits) return digits;
  if (![4, 7, 10].includes(digits.value.length)) {
    return { error: `"${cell}" is not a BPS code (4, 7 or 10 digits such as 5108010001)` };
  }
  return digits.repaired
    ? { value: digits.value, repaired: `BPS code ${cell} (${digits.repaired}) read as ${digits.value}` }
    : { value: digits.value };
}

/**
 * A whole, non-negative count such as a population: "12345"; Indonesian thousands "12.345" or "1.234.567",
 * English "12,345", spaced "12 345", and a spreadsheet's "12345.0" are repaired; "12,5", "-3" or "abc" are not
 * counts.
 *
 * @example count('12.345') // { value: 12345, repaired: 'thousands separators in "12.345"' }
 */
export function count(raw: string): CellRead<number> {
  const cell = raw.trim();
  if (cell === '' || cell === '-') return { error: 'empty' };
  if (/^\d+$/.test(cell)) return { value: Number(cell) };
  if (/^\d{1,3}([. \u00a0]\d{3})+$/.test(cell) || /^\d{1,3}(,\d{3})+$/.test(cell)) {
    return { value: Number(cell.replace(/[^\d]/g, '')), repaired: `thousands separators in "${cell}"` };
  }
  const decimalZero = /^(\d+)[.,]0+$/.exec(cell);
  if (decimalZero?.[1])
    return { value: Number(decimalZero[1]), repaired: `"${cell}" read as a whole number` };
  return { error: `"${cell}" is not a whole number of people` };
}
