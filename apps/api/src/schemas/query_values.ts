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
