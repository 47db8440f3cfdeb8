/**
 * A name as the search compares it: no accents, lower case, punctuation and hyphens as spaces, single spaces.
 *
 * @example normalizeName('  Tinga-Tinga ') // 'tinga tinga'
 * @example normalizeName('Kel. Banyuasri') // 'kel banyuasri'
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** What a leading word says the dispatcher is looking for. */
export type PrefixHint = 'desa' | 'kecamatan' | 'road';

/** Leading words of a normalised query, longest first, and what they hint at. */
const PREFIXES: ReadonlyArray<[string, PrefixHint]> = [
  ['kelurahan', 'desa'],
  ['kecamatan', 'kecamatan'],
  ['desa', 'desa'],
  ['kel', 'desa'],
  ['ds', 'desa'],
  ['kec', 'kecamatan'],
  ['jalan', 'road'],
  ['jln', 'road'],
  ['jl', 'road'],
];

/**
 * Splits off an administrative or road prefix ("Desa", "Kelurahan", "Kel.", "Ds.", "Kec.", "Jl.") from a
 * normalised name; the rest is what to match.
 *
 * @example stripPrefix('kel banyuasri') // { rest: 'banyuasri', hint: 'desa' }
 */
export function stripPrefix(normalized: string): { rest: string; hint: PrefixHint | null } {
  for (const [word, hint] of PREFIXES) {
    if (normalized.startsWith(`${word} `)) return { rest: normalized.slice(word.length + 1), hint };
  }
  return { rest: normalized, hint: null };
}
