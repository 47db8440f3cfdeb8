/** A decimal number as written in a URL: an optional minus, digits, an optional fraction. */
const DECIMAL = /^-?(\d+(\.\d+)?|\.\d+)$/;

/**
 * Reads a decimal number from query-string text, strictly: `Number()` would read '' and ' ' as 0, '0x73' as 115 and
 * '1e3' as 1000; here anything but plain decimal digits is null.
 *
 * @example
 * parseDecimal('-8.11') // -8.11
 * parseDecimal('0x73')  // null
 */
export function parseDecimal(text: string): number | null {
  return DECIMAL.test(text) ? Number(text) : null;
}
