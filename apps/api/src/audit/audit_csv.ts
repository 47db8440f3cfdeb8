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
 * Rows as CSV (RFC 4180, CRLF line ends) with a UTF-8 byte-order mark, so spreadsheet programs read names with
 * non-ASCII letters correctly.
 *
 * @example csvOf(['a', 'b'], [[1, 'x']]) // '\uFEFFa,b\r\n1,x\r\n'
 */
export function csvOf(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const lines = [header.join(','), ...rows.map((row) => row.map(csvField).join(','))];
  return `\uFEFF${lines.map((l) => `${l}\r\n`).join('')}`;
}

/**
 * The audit entries as CSV; `before` and `after` are JSON.
 *
 * @example auditCsv([]) // '\uFEFFid,at,actorName,…\r\n'
 */
export function auditCsv(entries: AuditEntry[]): string {
  return csvOf(
    columns,
    entries.map((e) => columns.map((k) => e[k])),
  );
}
