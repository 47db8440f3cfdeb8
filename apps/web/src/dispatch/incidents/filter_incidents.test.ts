import type { IncidentFeature } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { filterIncidents, localDay } from './filter_incidents.ts';
import { NO_FILTERS } from './incident_desk_slice.ts';

function incident(id: string, p: Partial<IncidentFeature['properties']>): IncidentFeature {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [115.2, -8.15] },
    properties: {
      id,
      title: id,
      incidentType: 'flood',
      status: 'reported',
      occurredAt: '2026-11-29T10:00:00+08:00',
      reportedAt: '2026-11-29T02:05:00Z',
      reporterName: null,
      reporterPhone: null,
      peopleAffected: null,
      source: null,
      notes: null,
      desaCode: null,
      kecamatanCode: '51.08.01',
      closedAt: null,
      version: 1,
      createdAt: '2026-11-29T02:05:00Z',
      updatedAt: '2026-11-29T02:05:00Z',
      ...p,
    },
  } as IncidentFeature;
}

const list = Object.freeze([
  incident('a', { reportedAt: '2026-11-29T01:00:00Z' }),
  incident('b', { status: 'resolved', reportedAt: '2026-11-29T03:00:00Z' }),
  incident('c', { incidentType: 'landslide', kecamatanCode: '51.08.02', reportedAt: '2026-11-29T02:00:00Z' }),
  incident('d', { occurredAt: '2026-11-27T23:30:00+08:00', reportedAt: '2026-11-27T16:00:00Z' }),
]);

const ids = (fs: IncidentFeature[]) => fs.map((f) => f.id);

describe('filterIncidents', () => {
  it('shows the open ones, newest report first, by default', () => {
    expect(ids(filterIncidents(list, NO_FILTERS, 480))).toEqual(['c', 'a', 'd']);
  });

  it('filters by status, type, kecamatan and day', () => {
    expect(ids(filterIncidents(list, { ...NO_FILTERS, status: null }, 480))).toEqual(['b', 'c', 'a', 'd']);
    expect(ids(filterIncidents(list, { ...NO_FILTERS, status: 'resolved' }, 480))).toEqual(['b']);
    expect(ids(filterIncidents(list, { ...NO_FILTERS, incidentType: 'landslide' }, 480))).toEqual(['c']);
    expect(ids(filterIncidents(list, { ...NO_FILTERS, kecamatanCode: '51.08.01' }, 480))).toEqual(['a', 'd']);
    expect(ids(filterIncidents(list, { ...NO_FILTERS, fromDate: '2026-11-28' }, 480))).toEqual(['c', 'a']);
  });

  it('counts days in the given time zone', () => {
    expect(localDay('2026-11-27T23:30:00+08:00', 480)).toBe('2026-11-27');
    expect(localDay('2026-11-27T23:30:00+08:00', 0)).toBe('2026-11-27');
    expect(localDay('2026-11-27T17:30:00Z', 480)).toBe('2026-11-28');
  });
});
