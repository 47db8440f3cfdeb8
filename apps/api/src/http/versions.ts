import { z } from 'zod';

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

/** The ETag response header, as routes document it. */
export const etagHeader = {
  ETag: { description: 'The version, quoted; send it back as If-Match', schema: { type: 'string' as const } },
};

/** The optional If-Match request header of a PATCH or DELETE. */
export const ifMatchHeader = z.object({
  'if-match': z
    .string()
    .optional()
    .meta({
      description:
        'The ETag of the version the change is based on (or `*`); optional for API clients. On another ' +
        'version the answer is 412 with the current version.',
    }),
});
