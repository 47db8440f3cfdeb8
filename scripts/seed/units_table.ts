import type { PostRow } from './posts_table.ts';

type UnitType =
  | 'fire_engine'
  | 'water_tanker'
  | 'rescue_vehicle'
  | 'ambulance'
  | 'pickup'
  | 'motorcycle'
  | 'boat';

export interface UnitRow {
  key: string;
  postKey: string;
  callSign: string;
  unitType: UnitType;
  crew: number;
  status: 'available' | 'maintenance';
}

/** Demo data: the posts' published vehicle counts split into plausible types; not the real fleet. */
export const UNIT_NOTE = 'Demo unit (not the real fleet of BPBD or Damkar Buleleng)';

/** The call-sign prefix of each operational post. */
const PREFIX: Record<string, string> = {
  'damkar-pos-induk': 'DMK-INDUK',
  'damkar-pos-2-kubutambahan': 'DMK-KBT',
  'damkar-pos-3-seririt': 'DMK-SRT',
  'damkar-pos-camat-gerokgak': 'DMK-GRK',
  'damkar-pos-camat-busungbiu': 'DMK-BSB',
  'damkar-pos-camat-banjar': 'DMK-BJR',
  'damkar-pos-camat-sukasada': 'DMK-SKS',
  'damkar-pos-camat-sawan': 'DMK-SWN',
  'damkar-pos-camat-tejakula': 'DMK-TJK',
  'bpbd-buleleng': 'BPBD-BLL',
};

/** The fleet of a post of each kind, first vehicle first; a post gets as many as its `vehicles`. */
const FLEET: Record<PostRow['kind'], readonly UnitType[]> = {
  fire_station: [
    'fire_engine',
    'water_tanker',
    'fire_engine',
    'rescue_vehicle',
    'water_tanker',
    'fire_engine',
    'pickup',
    'ambulance',
    'motorcycle',
  ],
  bpbd_post: ['rescue_vehicle', 'pickup', 'ambulance', 'boat', 'rescue_vehicle', 'pickup'],
  combined_post: ['fire_engine', 'rescue_vehicle'],
  volunteer_post: ['pickup'],
};

const CREW: Record<UnitType, number> = {
  fire_engine: 5,
  water_tanker: 3,
  rescue_vehicle: 4,
  ambulance: 3,
  pickup: 3,
  motorcycle: 1,
  boat: 4,
};

/** Every operational post's units, numbered from 1; the last of a fleet of more than 4 is in maintenance. */
export function unitsOf(posts: readonly PostRow[]): UnitRow[] {
  return posts
    .filter((p) => p.status === 'operational')
    .flatMap((post) => {
      const prefix = PREFIX[post.key];
      if (!prefix) throw new Error(`operational post ${post.key} has no call-sign prefix`);
      const fleet = FLEET[post.kind].slice(0, post.vehicles);
      return fleet.map((unitType, i) => ({
        key: `${post.key}:${i + 1}`,
        postKey: post.key,
        callSign: `${prefix} ${i + 1}`,
        unitType,
        crew: CREW[unitType],
        status: fleet.length > 4 && i === fleet.length - 1 ? 'maintenance' : 'available',
      }));
    });
}
