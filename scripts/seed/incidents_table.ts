import type { Position } from 'geojson';

/** Past events from news reporting and the Mengening desa website (DOMAIN.md); points are approximate. */
export interface IncidentRow {
  key: string;
  title: string;
  incidentType: string;
  status: 'reported' | 'responding' | 'resolved' | 'cancelled';
  occurredAt: string;
  at: Position;
  source: string;
  notes: string;
  /** The banjar dinas (hamlet) road leading to the site, when the site is off the desa's main road. */
  accessRoad?: string;
}

export const INCIDENTS: readonly IncidentRow[] = [
  {
    key: 'landslide-mengening-2019-01-29',
    title: 'Tanah longsor Banjar Dinas Sangker, Desa Mengening',
    incidentType: 'landslide',
    status: 'resolved',
    occurredAt: '2019-01-29T00:00:00+08:00',
    at: [115.2452, -8.1628],
    accessRoad: 'Jalan Banjar Dinas Sangker',
    source: 'News reports and the Mengening desa website (DOMAIN.md)',
    notes:
      'A family of four was killed. Time of day not recorded in the seed (midnight WITA stands for the date).',
  },
  {
    key: 'landslide-mengening-2021-01-04',
    title: 'Tanah longsor merusak rumah warga, Desa Mengening',
    incidentType: 'landslide',
    status: 'resolved',
    occurredAt: '2021-01-04T00:00:00+08:00',
    at: [115.2407, -8.1566],
    source: 'Mengening desa website (DOMAIN.md)',
    notes: 'One house damaged. Time of day not recorded in the seed.',
  },
  {
    key: 'landslide-mengening-2023-01-02',
    title: 'Dua longsor beruntun di Desa Mengening',
    incidentType: 'landslide',
    status: 'resolved',
    occurredAt: '2023-01-02T19:00:00+08:00',
    at: [115.2441, -8.1597],
    source: 'News reports, 2-3 Jan 2023 (DOMAIN.md)',
    notes:
      'Two successive landslides in the evening, the most severe of about 19 events across 8 kecamatan that day; no casualties. Evening hour approximate.',
  },
  {
    key: 'flash-flood-kalibukbuk-2023-02-08',
    title: 'Banjir bandang Desa Kalibukbuk (Lovina)',
    incidentType: 'flash_flood',
    status: 'resolved',
    occurredAt: '2023-02-08T20:00:00+08:00',
    at: [115.0262, -8.1608],
    source: 'Kompas.com and Radar Bali, 9-10 Feb 2023',
    notes:
      'Heavy rain from 19:00 WITA; water rose about 20:00 to roughly 1 m with mud; about 40 houses (60 families) in Banjar Dinas Kalibukbuk affected; no casualties reported.',
  },
];
