/** The ETag of a versioned resource: its version, quoted. */
export const etagOf = (version: number): string => `"${version}"`;

/**
 * The version an `If-Match` header asks for: undefined when absent or `*` (any version will do), else the quoted
 * version. If-Match compares strongly (RFC 9110), so a weak or malformed ETag, or a list of several, can match no
 * version: it reads as 0, which no row has (versions start at 1), and the write answers 412.
 *
 * @example
 * ifMatchVersion('"3"') // 3
 */
export function ifMatchVersion(header: string | undefined): number | undefined {
  const value = header?.trim();
  if (value === undefined || value === '' || value === '*') return undefined;
  const match = /^"([1-9]\d{0,9})"$/.exec(value);
  return match?.[1] === undefined ? 0 : Number(match[1]);
}
