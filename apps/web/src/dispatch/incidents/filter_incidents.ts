import { type IncidentFeature, isClosedStatus } from '@siaga/schema';
import type { IncidentFilters } from './incident_desk_slice.ts';

/** The day (YYYY-MM-DD) an ISO time falls on in the time zone of `offsetMinutes` east of UTC (WITA is 480). */
export function localDay(iso: string, offsetMinutes: number): string {
  return new Date(Date.parse(iso) + offsetMinutes * 60_000).toISOString().slice(0, 10);
}

/**
 * The recent-incidents list: the incidents passing every filter, newest report first.
 * `offsetMinutes` is the interface's time zone, so "from 29 November" means the dispatcher's 29 November.
 */
export function filterIncidents(
  incidents: readonly IncidentFeature[],
  filters: IncidentFilters,
  offsetMinutes: number,
): IncidentFeature[] {
  const { status, incidentType, kecamatanCode, fromDate } = filters;
  return incidents
    .filter((f) => {
      const p = f.properties;
      if (status === 'open' && isClosedStatus(p.status)) return false;
      if (status !== null && status !== 'open' && p.status !== status) return false;
      if (incidentType !== null && p.incidentType !== incidentType) return false;
      if (kecamatanCode !== null && p.kecamatanCode !== kecamatanCode) return false;
      if (fromDate !== null && localDay(p.occurredAt, offsetMinutes) < fromDate) return false;
      return true;
    })
    .sort((a, b) => Date.parse(b.properties.reportedAt) - Date.parse(a.properties.reportedAt));
}
