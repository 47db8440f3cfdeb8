import { parseDecimal } from '@siaga/schema';
import { z } from 'zod';

/**
 * A query parameter holding one or more values of an enum: repeated (`status=a&status=b`) or comma-separated
 * (`status=a,b`).
 */
export function enumList<E extends z.ZodEnum>(values: E) {
  return z.preprocess(
    (v) =>
      (Array.isArray(v) ? v : [v]).flatMap((s) =>
        typeof s === 'string'
          ? s
              .split(',')
              .map((p) => p.trim())
              .filter((p) => p !== '')
          : [s],
      ),
    z.array(values).min(1),
  );
}

/** `true` or `false` in a query string. */
export function booleanFlag(defaultValue: boolean) {
  return z
    .enum(['true', 'false'])
    .default(defaultValue ? 'true' : 'false')
    .transform((v) => v === 'true');
}

/**
 * A number in a query string, read strictly (`parseDecimal`): empty, blank, hexadecimal or exponent forms are
 * refused, where `z.coerce.number()` would read '' as 0 and '0x73' as 115. `number` carries the range checks.
 *
 * @example
 * z.object({ lon: queryNumber(z.number().min(-180).max(180)) })
 */
export function queryNumber<N extends z.ZodNumber>(number: N) {
  return z.preprocess((value, ctx) => {
    if (typeof value !== 'string') return value;
    const parsed = parseDecimal(value);
    if (parsed === null) {
      ctx.addIssue({ code: 'custom', message: 'must be a decimal number such as 115.09', input: value });
      return z.NEVER;
    }
    return parsed;
  }, number);
}
