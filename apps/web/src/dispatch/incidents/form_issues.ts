import { type Catalogue, fill, formatNumber, type Locale } from '@siaga/i18n';
import type { ErrorIssue } from '@siaga/schema';
import type { z } from 'zod';
import { DRAFT_FIELDS, type DraftField } from './incident_draft.ts';

export type FieldMessages = Partial<Record<DraftField, string>>;

/** The form field an issue path points at: `properties.<field>`, or the location for `geometry…`. */
export function fieldOfPath(path: readonly PropertyKey[]): DraftField | null {
  const [head, key] = path;
  if (head === 'geometry') return 'location';
  if (head !== 'properties') return null;
  return (DRAFT_FIELDS as readonly PropertyKey[]).includes(key ?? '') ? (key as DraftField) : null;
}

/** One zod issue in the user's language, from its code and limits (the schema's English text is not shown). */
export function issueMessage(
  t: Catalogue,
  locale: Locale,
  field: DraftField,
  issue: z.core.$ZodIssue,
): string {
  const e = t.incidentPanel.errors;
  if (field === 'location') return e.location;
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return e.required;
      return fill(e.atLeast, { n: formatNumber(locale, Number(issue.minimum)) });
    case 'too_big':
      return issue.origin === 'string'
        ? fill(e.tooLong, { n: formatNumber(locale, Number(issue.maximum)) })
        : fill(e.atMost, { n: formatNumber(locale, Number(issue.maximum)) });
    case 'invalid_format':
      if (issue.format === 'datetime') return e.time;
      return field === 'reporterPhone' ? e.phone : e.invalid;
    case 'invalid_value':
      return e.choose;
    case 'invalid_type':
      if (issue.expected === 'number' || issue.expected === 'int') return e.wholeNumber;
      return field === 'occurredAt' || field === 'reportedAt' ? e.time : e.required;
    default:
      return e.invalid;
  }
}

/** The first message per field, for the schema's issues. */
export function fieldMessages(
  t: Catalogue,
  locale: Locale,
  issues: readonly z.core.$ZodIssue[],
): FieldMessages {
  const out: FieldMessages = {};
  for (const issue of issues) {
    const field = fieldOfPath(issue.path);
    if (field !== null && out[field] === undefined) out[field] = issueMessage(t, locale, field, issue);
  }
  return out;
}

/**
 * The server's refusal details mapped onto the form (`body.properties.title` → title); what matches no field is
 * returned as general lines. The server's wording is kept: it may say what only the server knows (in the sea).
 */
export function serverMessages(details: readonly ErrorIssue[]): { fields: FieldMessages; general: string[] } {
  const fields: FieldMessages = {};
  const general: string[] = [];
  for (const d of details) {
    const field = fieldOfPath(d.path.split('.').filter((p) => p !== 'body'));
    if (field !== null && fields[field] === undefined) fields[field] = d.message;
    else general.push(d.message);
  }
  return { fields, general };
}
