import { type Catalogue, fill } from '@siaga/i18n';
import type { z } from 'zod';

/** Field-level messages of a form, by the field's path in the request body (`properties.name`). */
export type FieldErrors = Record<string, string>;

type Issue = z.core.$ZodIssue;

/** The user's-language sentence for one zod issue of the shared request schemas. */
export function issueMessage(t: Catalogue, issue: Issue): string {
  const m = t.editing.issues;
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1 ? m.required : fill(m.tooShort, { min: String(issue.minimum) });
      }
      if (issue.origin === 'array') return m.shape;
      return fill(m.min, { min: String(issue.minimum) });
    case 'too_big':
      return issue.origin === 'string'
        ? fill(m.tooLong, { max: String(issue.maximum) })
        : fill(m.max, { max: String(issue.maximum) });
    case 'invalid_type':
      if (issue.expected === 'int') return m.integer;
      if (issue.expected === 'number') return m.number;
      if (issue.expected === 'string') return m.required;
      return issue.path.at(-1) === 'geometry' ? m.place : m.invalid;
    case 'invalid_format':
      return issue.format === 'date' ? m.date : m.invalid;
    case 'invalid_value':
      return m.choice;
    case 'custom':
      return customMessage(t, issue.path);
    default:
      return m.invalid;
  }
}

/** The refinements of the shared schemas, known by where they point. */
function customMessage(t: Catalogue, path: readonly PropertyKey[]): string {
  const m = t.editing.issues;
  const last = path.at(-1);
  if (last === 'quantityAvailable') return m.availableAboveQuantity;
  if (last === 'toCacheId') return m.sameCache;
  if (path.includes('geometry') || path.includes('coordinates')) return m.shape;
  return m.invalid;
}

/**
 * Where an issue belongs in the form: geometry issues (a ring's position, a polygon's size) all go to
 * `geometry`; a Feature's `properties.name` is the form's `name`, as in a PATCH of properties alone.
 */
export function fieldOf(path: readonly PropertyKey[]): string {
  if (path.includes('geometry')) return 'geometry';
  const rest = path[0] === 'properties' ? path.slice(1) : path;
  return rest.map(String).join('.');
}

/** The first message of each field, in the user's language. */
export function fieldErrors(t: Catalogue, issues: readonly Issue[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    out[field] ??= issueMessage(t, issue);
  }
  return out;
}

/** Checks a request body with the schema the API uses: the parsed body, or the messages by field. */
export function validate<S extends z.ZodType>(
  t: Catalogue,
  schema: S,
  body: unknown,
): { ok: true; value: z.output<S> } | { ok: false; errors: FieldErrors } {
  const r = schema.safeParse(body);
  return r.success ? { ok: true, value: r.data } : { ok: false, errors: fieldErrors(t, r.error.issues) };
}
