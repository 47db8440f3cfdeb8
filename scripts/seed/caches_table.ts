import type { Position } from 'geojson';

/**
 * Equipment caches: one at most posts plus standalone caches at kantor desa in landslide and flood areas.
 * Stocks, conditions and inspection dates are plausible demo figures (no inventory is published); items
 * follow the @siaga/schema ItemType catalogue.
 */
export interface ItemRow {
  itemType: string;
  quantity: number;
  quantityAvailable: number;
  condition: 'baik' | 'rusak_ringan' | 'rusak_berat';
  lastInspected: string;
  notes?: string;
}

export interface CacheRow {
  key: string;
  name: string;
  postKey: string | null;
  at: Position | null;
  notes: string | null;
  items: ItemRow[];
}

function item(
  itemType: string,
  quantity: number,
  quantityAvailable: number,
  lastInspected: string,
  condition: ItemRow['condition'] = 'baik',
  notes?: string,
): ItemRow {
  return { itemType, quantity, quantityAvailable, condition, lastInspected, ...(notes ? { notes } : {}) };
}

function campPost(postKey: string, label: string, inspected: string, river: boolean): CacheRow {
  return {
    key: `cache-${postKey}`,
    name: `Gudang Pos Damkar ${label}`,
    postKey,
    at: null,
    notes: null,
    items: [
      item('fire_engine', 1, 1, inspected),
      item('portable_pump', river ? 2 : 1, river ? 2 : 1, inspected),
      item('chainsaw', 1, 1, inspected),
      item('hand_tools', 10, 10, inspected),
      item('first_aid_kit', 2, 2, inspected),
      ...(river ? [item('life_jacket', 6, 6, inspected)] : []),
    ],
  };
}

export const CACHES: readonly CacheRow[] = [
  {
    key: 'cache-damkar-pos-induk',
    name: 'Gudang Pos Induk Damkar',
    postKey: 'damkar-pos-induk',
    at: null,
    notes: 'Main store of the fire service.',
    items: [
      item('fire_engine', 7, 6, '2025-02-10', 'baik', 'One engine at the workshop.'),
      item('fire_engine', 2, 1, '2025-02-10', 'rusak_ringan', 'Old trucks; weak on steep upland roads.'),
      item('water_tanker', 2, 2, '2025-02-10'),
      item('rescue_vehicle', 1, 1, '2025-02-10'),
      item('portable_pump', 4, 4, '2025-02-10'),
      item('chainsaw', 3, 3, '2025-02-10'),
      item('rubber_boat', 1, 1, '2025-02-10'),
      item('life_jacket', 12, 12, '2025-02-10'),
      item('light_tower', 1, 1, '2025-02-10'),
      item('hand_tools', 30, 28, '2025-02-10'),
      item('first_aid_kit', 6, 6, '2025-02-10'),
    ],
  },
  {
    key: 'cache-damkar-pos-2-kubutambahan',
    name: 'Gudang Pos II Damkar Kubutambahan',
    postKey: 'damkar-pos-2-kubutambahan',
    at: null,
    notes: null,
    items: [
      item('fire_engine', 2, 2, '2025-01-22'),
      item('portable_pump', 2, 2, '2025-01-22'),
      item('chainsaw', 2, 2, '2025-01-22'),
      item('hand_tools', 15, 15, '2025-01-22'),
      item('first_aid_kit', 2, 2, '2025-01-22'),
    ],
  },
  {
    key: 'cache-damkar-pos-3-seririt',
    name: 'Gudang Pos III Damkar Seririt',
    postKey: 'damkar-pos-3-seririt',
    at: null,
    notes: 'Near the Tukad Saba mouth: carries the west-side boat.',
    items: [
      item('fire_engine', 2, 1, '2024-11-18', 'rusak_ringan', 'Pump seal leaking; usable for short runs.'),
      item('portable_pump', 2, 2, '2024-11-18'),
      item('chainsaw', 2, 2, '2024-11-18'),
      item('rubber_boat', 1, 1, '2024-11-18'),
      item('life_jacket', 8, 8, '2024-11-18'),
      item('hand_tools', 12, 12, '2024-11-18'),
      item('first_aid_kit', 2, 2, '2024-11-18'),
    ],
  },
  campPost('damkar-pos-camat-gerokgak', 'Gerokgak', '2024-12-05', false),
  campPost('damkar-pos-camat-busungbiu', 'Busungbiu', '2024-10-30', false),
  campPost('damkar-pos-camat-banjar', 'Banjar', '2024-12-12', true),
  campPost('damkar-pos-camat-sukasada', 'Sukasada', '2025-01-08', false),
  campPost('damkar-pos-camat-sawan', 'Sawan', '2024-09-26', true),
  campPost('damkar-pos-camat-tejakula', 'Tejakula', '2025-02-03', true),
  {
    key: 'cache-bpbd-buleleng',
    name: 'Gudang Logistik BPBD Buleleng',
    postKey: 'bpbd-buleleng',
    at: null,
    notes: 'Logistics store for evacuation and shelters.',
    items: [
      item('rescue_vehicle', 2, 2, '2025-01-15'),
      item('ambulance', 1, 1, '2025-01-15'),
      item('water_tanker', 1, 1, '2025-01-15'),
      item('rubber_boat', 2, 2, '2025-01-15'),
      item('life_jacket', 30, 30, '2025-01-15'),
      item('chainsaw', 4, 3, '2025-01-15', 'baik', 'One lent to Desa Mengening.'),
      item('portable_pump', 3, 3, '2025-01-15'),
      item('generator', 4, 4, '2025-01-15'),
      item('light_tower', 2, 2, '2025-01-15'),
      item('tent', 20, 18, '2025-01-15'),
      item('tent', 4, 0, '2024-07-02', 'rusak_berat', 'Torn canvas; written off pending disposal.'),
      item('first_aid_kit', 25, 25, '2025-01-15'),
      item('stretcher', 10, 10, '2025-01-15'),
      item('hand_tools', 40, 40, '2025-01-15'),
    ],
  },
  {
    key: 'cache-kantor-desa-mengening',
    name: 'Posko Siaga Bencana Kantor Desa Mengening',
    postKey: null,
    at: [115.2413, -8.1575],
    notes: 'Standalone cache of the Desa Tangguh Bencana (Jan 2024), for the landslide-prone banjar dinas.',
    items: [
      item('chainsaw', 2, 2, '2024-12-20'),
      item('hand_tools', 20, 20, '2024-12-20'),
      item('tent', 4, 4, '2024-12-20'),
      item('generator', 1, 1, '2024-12-20'),
      item('first_aid_kit', 4, 4, '2024-12-20'),
      item('stretcher', 2, 2, '2024-12-20'),
    ],
  },
  {
    key: 'cache-kantor-desa-kalibukbuk',
    name: 'Posko Banjir Kantor Desa Kalibukbuk',
    postKey: null,
    at: [115.0273, -8.1627],
    notes: 'Standalone cache after the Feb 2023 flash flood.',
    items: [
      item('portable_pump', 2, 2, '2024-11-02'),
      item('rubber_boat', 1, 1, '2024-11-02'),
      item('life_jacket', 10, 10, '2024-11-02'),
      item('hand_tools', 15, 15, '2024-11-02'),
      item('first_aid_kit', 2, 2, '2024-11-02'),
    ],
  },
  {
    key: 'cache-kantor-desa-gitgit',
    name: 'Posko Siaga Kantor Desa Gitgit',
    postKey: null,
    at: [115.1371, -8.2092],
    notes: 'For landslides blocking the Singaraja-Bedugul road.',
    items: [
      item('chainsaw', 2, 1, '2024-10-14', 'rusak_ringan', 'Chain brake worn.'),
      item('hand_tools', 12, 12, '2024-10-14'),
      item('first_aid_kit', 2, 2, '2024-10-14'),
    ],
  },
];
