import type { AuditEntry } from '@siaga/schema';

const columns = [
  'id',
  'at',
  'actorName',
  'actorId',
  'via',
  'remoteAddr',
  'entity',
  'entityId',
  'action',
  'reason',
  'before',
  'after',
] as const satisfies readonly (keyof AuditEntry)[];

/**
 * One CSV field: quoted when it holds a comma, quote or line break; a text a spreadsheet would run as a formula
 * (starting with = + - @ or a tab) gets a leading apostrophe, so opening the export runs nothing.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text =
    typeof value === 'string' ? value : typeof value === 'number' ? String(value) : JSON.stringify(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The audit entries as CSV (RFC 4180, CRLF line ends) with a UTF-8 byte-order mark, so spreadsheet programs
 * read names with non-ASCII letters correctly; `before` and `after` are JSON.
 *
 * @example auditCsv([]) // '\uFEFFid,at,actorName,…\r\n'
 */
export function auditCsv(entries: AuditEntry[]): string {
  const lines = [columns.join(','), ...entries.map((e) => columns.map((k) => csvField(e[k])).join(','))];
  return `\uFEFF${lines.map((l) => `${l}\r\n`).join('')}`;
}
