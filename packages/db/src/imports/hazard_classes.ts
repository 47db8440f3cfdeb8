import type { HazardLevel, HazardType } from '@siaga/schema';
import type { CellRead } from './spreadsheet_values.ts';

/** Property names that hold an InaRISK class, a hazard type, a name or a source, normalised. */
export const LEVEL_FIELDS = [
  'kelas',
  'kelas_bahaya',
  'tingkat',
  'tingkat_bahaya',
  'level',
  'class',
  'hazard_class',
  'hazard_level',
  'kategori',
  'gridcode',
  'grid_code',
  'bahaya',
  'indeks',
  'index',
];
export const TYPE_FIELDS = [
  'jenis',
  'jenis_bahaya',
  'bencana',
  'hazard',
  'hazard_type',
  'hazardtype',
  'type',
  'tipe',
];

const LEVEL_WORDS: [RegExp, HazardLevel][] = [
  [/^(1|rendah|low|kelas rendah|bahaya rendah)$/, 'rendah'],
  [/^(2|sedang|medium|moderate|kelas sedang|bahaya sedang)$/, 'sedang'],
  [/^(3|tinggi|high|kelas tinggi|bahaya tinggi)$/, 'tinggi'],
];

/**
 * An InaRISK-style class: rendah / sedang / tinggi, 1-3, low / medium / moderate / high, any case, "Kelas
 * Tinggi"; "sangat tinggi" (very high) is repaired to tinggi.
 */
export function hazardLevelOf(raw: unknown): CellRead<HazardLevel> {
  const v = String(raw ?? '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\.0+$/, '');
  if (v === '') return { error: 'no hazard class (kelas: rendah, sedang or tinggi)' };
  for (const [re, level] of LEVEL_WORDS) if (re.test(v)) return { value: level };
  if (/^(sangat tinggi|very high|4)$/.test(v))
    return { value: 'tinggi', repaired: `class "${raw}" stored as tinggi` };
  return { error: `"${raw}" is not a hazard class (rendah, sedang, tinggi, 1-3, low, medium, high)` };
}

const TYPE_WORDS: [RegExp, HazardType][] = [
  [/banjir bandang|flash ?flood/, 'flash_flood'],
  [/banjir|flood/, 'flood'],
  [/longsor|landslide/, 'landslide'],
  [/tsunami/, 'tsunami'],
  [/gelombang|abrasi|wave/, 'extreme_wave_abrasion'],
  [/gunung ?api|letusan|volcan/, 'volcanic'],
  [/gempa|earthquake/, 'earthquake'],
  [/kebakaran hutan|karhutla|forest ?fire|wildfire/, 'forest_fire'],
  [/kekeringan|drought/, 'drought'],
  [/cuaca ekstrem|puting beliung|extreme ?weather/, 'extreme_weather'],
];

/** A hazard type from its key (flood) or its Indonesian or English words (Tanah Longsor, Banjir Bandang). */
export function hazardTypeOf(raw: unknown): CellRead<HazardType> {
  const v = String(raw ?? '')
    .trim()
    .toLowerCase()
    .replace(/_/g, ' ');
  if (v === '') return { error: 'no hazard type (jenis): give one per feature or for the file' };
  for (const [re, type] of TYPE_WORDS) if (re.test(v)) return { value: type };
  return { error: `"${raw}" is not a hazard type this import knows` };
}

/** The first of `fields` that the properties fill. */
export function firstFilled(properties: Record<string, unknown>, fields: readonly string[]): unknown {
  for (const f of fields) {
    const v = properties[f];
    if (v !== undefined && v !== null && String(v).trim() !== '') return v;
  }
  return undefined;
}
