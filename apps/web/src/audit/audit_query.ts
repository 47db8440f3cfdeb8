import type { AuditEntity } from '@siaga/schema';

/** The filters of the history panel, as the form holds them (dates as YYYY-MM-DD, '' for "any"). */
export interface AuditFilters {
  entity: AuditEntity | '';
  entityId: string;
  actor: string;
  fromDate: string;
  toDate: string;
}

export const NO_FILTERS: AuditFilters = { entity: '', entityId: '', actor: '', fromDate: '', toDate: '' };

/** Local midnight of a YYYY-MM-DD day, `plusDays` later, as an ISO instant; null for anything else. */
function localMidnight(date: string, plusDays = 0): string | null {
  const m = date.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + plusDays);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/**
 * The query string of GET /api/audit and /api/audit.csv: the period runs from the start of the first day to
 * the end of the last one (in the browser's time zone; `to` is exclusive on the API side).
 * @example auditSearch({ ...NO_FILTERS, entity: 'post' }, { limit: 50, offset: 0 }) === 'entity=post&limit=50&offset=0'
 */
export function auditSearch(filters: AuditFilters, page?: { limit: number; offset: number }): string {
  const q = new URLSearchParams();
  if (filters.entity !== '') q.set('entity', filters.entity);
  if (filters.entityId.trim() !== '') q.set('entityId', filters.entityId.trim());
  if (filters.actor.trim() !== '') q.set('actor', filters.actor.trim());
  const from = localMidnight(filters.fromDate);
  const to = localMidnight(filters.toDate, 1);
  if (from !== null) q.set('from', from);
  if (to !== null) q.set('to', to);
  if (page) {
    q.set('limit', String(page.limit));
    q.set('offset', String(page.offset));
  }
  return q.toString();
}
