import type { Position } from 'geojson';

/**
 * Damkar and BPBD posts from public reporting (DOMAIN.md; Tribun Bali 24 Mar 2022 and 7-8 Mar 2025). Exact
 * coordinates are not published: each post sits on the road of its address or at the desa centre, so every
 * location is approximate. Staff, vehicles and turnout are plausible demo figures, not published numbers.
 */
export interface PostRow {
  key: string;
  name: string;
  kind: 'fire_station' | 'bpbd_post' | 'combined_post' | 'volunteer_post';
  status: 'operational' | 'planned' | 'proposed' | 'closed';
  at: Position;
  address: string;
  staff: number;
  vehicles: number;
  turnoutSeconds: number;
  source: string;
  notes: string | null;
}

const TRIBUN_2025 =
  'Tribun Bali, 8 Mar 2025 (Plt. Kepala Dinas Damkar Buleleng): 9 posts, 3 with their own buildings, 6 hosted at kantor camat';
const AT_CAMAT = 'Hosted at the kantor camat; one engine and a small crew (demo figures).';

export const POSTS: readonly PostRow[] = [
  {
    key: 'damkar-pos-induk',
    name: 'Pos Induk Damkar Buleleng',
    kind: 'fire_station',
    status: 'operational',
    at: [115.1045, -8.1248],
    address: 'Jalan Dahlia, Singaraja, Kecamatan Buleleng',
    staff: 72,
    vehicles: 9,
    turnoutSeconds: 60,
    source: TRIBUN_2025,
    notes: 'Headquarters post; staff and fleet are demo figures.',
  },
  {
    key: 'damkar-pos-2-kubutambahan',
    name: 'Pos II Damkar Kubutambahan',
    kind: 'fire_station',
    status: 'operational',
    at: [115.1831, -8.0889],
    address: 'Jalan Singaraja-Kintamani, Kecamatan Kubutambahan',
    staff: 18,
    vehicles: 2,
    turnoutSeconds: 90,
    source: TRIBUN_2025,
    notes: null,
  },
  {
    key: 'damkar-pos-3-seririt',
    name: 'Pos III Damkar Seririt',
    kind: 'fire_station',
    status: 'operational',
    at: [114.931, -8.1913],
    address: 'Jalan Raya Singaraja-Gilimanuk, Kecamatan Seririt',
    staff: 18,
    vehicles: 2,
    turnoutSeconds: 90,
    source: TRIBUN_2025,
    notes: null,
  },
  ...(
    [
      ['gerokgak', 'Gerokgak', [114.7903, -8.1874]],
      ['busungbiu', 'Busungbiu', [114.9725, -8.2517]],
      ['banjar', 'Banjar', [114.9677, -8.1937]],
      ['sukasada', 'Sukasada', [115.1036, -8.1565]],
      ['sawan', 'Sawan', [115.1777, -8.1364]],
      ['tejakula', 'Tejakula', [115.3383, -8.1203]],
    ] as const
  ).map(
    ([key, name, at]): PostRow => ({
      key: `damkar-pos-camat-${key}`,
      name: `Pos Damkar ${name}`,
      kind: 'fire_station',
      status: 'operational',
      at: [...at],
      address: `Kantor Camat ${name}, Kecamatan ${name}`,
      staff: 8,
      vehicles: 1,
      turnoutSeconds: 120,
      source: TRIBUN_2025,
      notes: AT_CAMAT,
    }),
  ),
  {
    key: 'bpbd-buleleng',
    name: 'Kantor BPBD Kabupaten Buleleng',
    kind: 'bpbd_post',
    status: 'operational',
    at: [115.0608, -8.1396],
    address: 'Jalan A. Yani Barat (Jalan Raya Singaraja-Seririt), Desa Pemaron',
    staff: 40,
    vehicles: 6,
    turnoutSeconds: 300,
    source: 'BPBD Buleleng public address (DOMAIN.md); a move to Tukadmungga is planned',
    notes: 'Pusdalops and TRC (rapid reaction team); demo staff and fleet.',
  },
  {
    key: 'planned-damkar-pemuteran',
    name: 'Rencana Pos Damkar Pemuteran',
    kind: 'fire_station',
    status: 'planned',
    at: [114.6603, -8.1513],
    address: 'Desa Pemuteran, Kecamatan Gerokgak',
    staff: 6,
    vehicles: 1,
    turnoutSeconds: 120,
    source: 'Tribun Bali, 8 Mar 2025: Damkar Renja 2026 plans four new posts at fire-prone points',
    notes: 'Planned capacity (demo figures).',
  },
  {
    key: 'planned-damkar-busungbiu-dapdap-putih',
    name: 'Rencana Pos Damkar Dapdap Putih',
    kind: 'fire_station',
    status: 'planned',
    at: [114.9192, -8.3602],
    address: 'Desa Dapdap Putih (or Pucaksari / Sepang), Kecamatan Busungbiu',
    staff: 6,
    vehicles: 1,
    turnoutSeconds: 120,
    source: 'Tribun Bali, 8 Mar 2025: Damkar Renja 2026 plans four new posts at fire-prone points',
    notes: 'The desa is not decided yet; placed at Dapdap Putih.',
  },
  {
    key: 'planned-damkar-tembok',
    name: 'Rencana Pos Damkar Tembok',
    kind: 'fire_station',
    status: 'planned',
    at: [115.4403, -8.1683],
    address: 'Desa Tembok, Kecamatan Tejakula',
    staff: 6,
    vehicles: 1,
    turnoutSeconds: 120,
    source: 'Tribun Bali, 8 Mar 2025: Damkar Renja 2026 plans four new posts at fire-prone points',
    notes: 'Planned capacity (demo figures).',
  },
  {
    key: 'planned-damkar-wanagiri',
    name: 'Rencana Pos Damkar Wanagiri',
    kind: 'fire_station',
    status: 'planned',
    at: [115.1183, -8.2323],
    address: 'Desa Wanagiri, Kecamatan Sukasada',
    staff: 6,
    vehicles: 1,
    turnoutSeconds: 120,
    source: 'Tribun Bali, 8 Mar 2025: Damkar Renja 2026 plans four new posts at fire-prone points',
    notes: 'Planned capacity (demo figures).',
  },
  {
    key: 'planned-bpbd-tukadmungga',
    name: 'Rencana Kantor BPBD Tukadmungga',
    kind: 'bpbd_post',
    status: 'planned',
    at: [115.0507, -8.1494],
    address: 'Desa Tukadmungga, Kecamatan Buleleng',
    staff: 40,
    vehicles: 6,
    turnoutSeconds: 300,
    source: 'DOMAIN.md: the BPBD office is to move from Pemaron to Tukadmungga',
    notes: 'Relocation of the existing office, not an extra post.',
  },
  {
    key: 'proposed-pos-terpadu-mengening',
    name: 'Usulan Pos Terpadu BPBD-Damkar Mengening',
    kind: 'combined_post',
    status: 'proposed',
    at: [115.2423, -8.1583],
    address: 'Desa Mengening, Kecamatan Kubutambahan',
    staff: 10,
    vehicles: 2,
    turnoutSeconds: 120,
    source:
      'Demo scenario after the acting regent asked (Jan 2023) for BPBD posts combined with Damkar at disaster-prone points',
    notes: 'Not an announced site: a candidate for the planner to evaluate.',
  },
];
