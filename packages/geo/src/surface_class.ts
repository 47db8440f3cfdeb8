/** Coarse surface classes a vehicle profile prices; OSM has dozens of surface values. */
export type SurfaceClass = 'paved' | 'unpaved' | 'rough' | 'unknown';

const PAVED = new Set([
  'paved',
  'asphalt',
  'concrete',
  'concrete:plates',
  'concrete:lanes',
  'paving_stones',
  'sett',
  'chipseal',
  'metal',
]);
const UNPAVED = new Set([
  'unpaved',
  'compacted',
  'fine_gravel',
  'gravel',
  'pebblestone',
  'unhewn_cobblestone',
]);
const ROUGH = new Set([
  'dirt',
  'earth',
  'ground',
  'mud',
  'sand',
  'grass',
  'rock',
  'stone',
  'woodchips',
  'clay',
]);

/** Classifies an OSM surface value; null or an unfamiliar value is `unknown`. */
export function surfaceClassOf(surface: string | null): SurfaceClass {
  if (surface === null) return 'unknown';
  if (PAVED.has(surface)) return 'paved';
  if (UNPAVED.has(surface)) return 'unpaved';
  if (ROUGH.has(surface)) return 'rough';
  return 'unknown';
}
