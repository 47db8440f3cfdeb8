import type { Catalogue } from './id.ts';

/**
 * How the app's sentences name the study area: the stored kabupaten's name ("Kabupaten Buleleng", "Buleleng
 * Regency"), several joined, or "wilayah kajian" / "the study area" while none is stored. Nothing is named by code.
 *
 * @example areaLabel(id, ['Buleleng']) // 'Kabupaten Buleleng'
 */
export function areaLabel(t: Catalogue, names: readonly string[]): string {
  if (names.length === 0) return t.studyArea.none;
  return names.map((name) => t.studyArea.kabupaten.replace('{name}', name)).join(t.studyArea.separator);
}
