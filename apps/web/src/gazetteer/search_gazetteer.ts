import type { AdminAreaFeature } from '@siaga/schema';
import { allowedEdits, editDistance } from './edit_distance.ts';
import {
  type GazetteerEntry,
  type GazetteerIndex,
  KIND_ORDER,
  type PlaceKind,
  type SearchKey,
} from './gazetteer_index.ts';
import { locatePoint } from './locate_point.ts';
import { normalizeName, type PrefixHint, stripPrefix } from './normalize_name.ts';
import type { LonLat } from './parse_coordinates.ts';

/** A ranked answer, with the desa and kecamatan it lies in for the secondary line. */
export interface PlaceResult {
  kind: PlaceKind;
  id: string;
  label: string;
  position: LonLat;
  desa: AdminAreaFeature | null;
  kecamatan: AdminAreaFeature | null;
  score: number;
}

const HINTED: Record<PrefixHint, readonly PlaceKind[]> = {
  desa: ['desa', 'kelurahan'],
  kecamatan: ['kecamatan'],
  road: ['road'],
};

/**
 * Typos are forgiven after the first letter (or a swap of the first two): people rarely get the first letter
 * wrong, and checking it first spares most of the edit distances.
 */
function sameStart(a: string, b: string): boolean {
  return a[0] === b[0] || (a[0] === b[1] && a[1] === b[0]);
}

/** How well one query word matches the best word of a key: 3 exact, 2 its beginning, 1 a small typo, 0 none. */
function wordQuality(word: string, keyWords: readonly string[]): number {
  let best = 0;
  for (const k of keyWords) {
    if (k === word) return 3;
    if (word.length >= 2 && k.startsWith(word)) best = Math.max(best, 2);
    else if (
      best < 1 &&
      sameStart(word, k) &&
      editDistance(word, k, allowedEdits(word.length)) <= allowedEdits(word.length)
    )
      best = 1;
  }
  return best;
}

/**
 * How well the query matches one key, 0 to 100: the whole name, its beginning, every word (in any order, each
 * exact, begun or with a small typo), or the whole name with a small typo.
 */
function keyScore(q: Query, k: SearchKey): number {
  const { text: key, words: keyWords } = k;
  if (key === q.text) return 100;
  if (k.compact === q.compact) return 95;
  if (key.startsWith(q.text)) return 90 - Math.min(10, key.length - q.text.length) / 2;
  let score = 0;
  const words = q.words;
  const qualities = words.map((w) => wordQuality(w, keyWords));
  if (qualities.every((x) => x > 0)) {
    const mean = qualities.reduce((a, b) => a + b, 0) / qualities.length;
    score = 50 + mean * 10 - (keyWords.length - words.length);
  }
  const max = allowedEdits(q.text.length);
  if (max > 0 && sameStart(q.text, key)) {
    const whole = editDistance(q.text, key, max);
    if (whole <= max) score = Math.max(score, 80 - 10 * whole);
    const begun =
      key.length > q.text.length ? editDistance(q.text, key.slice(0, q.text.length), max) : max + 1;
    if (begun <= max) score = Math.max(score, 70 - 10 * begun);
  }
  return score;
}

interface Query {
  text: string;
  words: readonly string[];
  compact: string;
}

function entryScore(e: GazetteerEntry, q: Query, hint: PrefixHint | null): number {
  let best = 0;
  for (const key of e.keys) best = Math.max(best, keyScore(q, key));
  if (best === 0) return 0;
  if (hint !== null) best += HINTED[hint].includes(e.kind) ? 15 : -15;
  return best - e.order * 0.01;
}

function resolve(index: GazetteerIndex, e: GazetteerEntry, score: number): PlaceResult {
  let desa = e.desaCode === null ? null : (index.desaByCode.get(e.desaCode) ?? null);
  if (e.kind === 'kecamatan') desa = null;
  else if (desa === null) {
    const where = locatePoint(index.admin, e.position);
    desa = where.kind === 'desa' ? where.desa : null;
  }
  const kecamatanCode = e.kind === 'kecamatan' ? e.id : (desa?.properties.parentCode ?? null);
  const kecamatan = kecamatanCode === null ? null : (index.admin.kecamatan.get(kecamatanCode) ?? null);
  return { kind: e.kind, id: e.id, label: e.name, position: e.position, desa, kecamatan, score };
}

/**
 * The best matches for what the dispatcher typed, best first, tolerant of case, accents, the prefixes "Desa",
 * "Kelurahan", "Kel.", "Ds.", "Kec.", "Jl." and small misspellings.
 *
 * @example searchGazetteer(index, 'Desa Mengenig')[0]?.label // 'Mengening'
 */
export function searchGazetteer(index: GazetteerIndex, text: string, limit = 8): PlaceResult[] {
  const { rest, hint } = stripPrefix(normalizeName(text));
  if (rest.length < 2) return [];
  const q: Query = { text: rest, words: rest.split(' '), compact: rest.replaceAll(' ', '') };
  const scored: Array<{ e: GazetteerEntry; score: number }> = [];
  for (const e of index.entries) {
    const score = entryScore(e, q, hint);
    if (score > 0) scored.push({ e, score });
  }
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      KIND_ORDER.indexOf(a.e.kind) - KIND_ORDER.indexOf(b.e.kind) ||
      a.e.name.localeCompare(b.e.name),
  );
  return scored.slice(0, limit).map(({ e, score }) => resolve(index, e, score));
}
