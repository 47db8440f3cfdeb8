import { z } from 'zod';

/** A UTF-16 unit of a surrogate pair without its partner: what invalid UTF-8 or a broken `\ud800` escape leaves. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Free text a person types (names, notes, sources): any Unicode except NUL, which PostgreSQL cannot store, and
 * lone surrogates, which are not Unicode at all. Every entity's text fields are built on it; chain the usual
 * string checks after it.
 *
 * @example
 * const name = text().trim().min(1).max(200);
 */
export function text() {
  return z
    .string()
    .refine((s) => !s.includes('\u0000'), 'text may not contain the NUL character (U+0000)')
    .refine((s) => !loneSurrogate.test(s), 'text must be valid Unicode (no lone surrogate)');
}
