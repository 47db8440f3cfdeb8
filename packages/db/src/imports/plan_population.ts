import type { ImportNotes } from './import_notes.ts';
import type { Crosswalk } from './read_crosswalk.ts';
import type { PopulationFile, PopulationRow } from './read_population_file.ts';

/** An admin area as the population import reads it from the database. */
export interface StoredArea {
  code: string;
  level: 'kabupaten' | 'kecamatan' | 'desa';
  parentCode: string | null;
  name: string;
  population: number | null;
  populationYear: number | null;
  bpsCode: string | null;
}

/** The new population (and BPS code, year) of one area. */
export interface AreaPopulation {
  code: string;
  population: number;
  populationYear: number | null;
  bpsCode: string | null;
}

export interface PopulationPlan {
  level: 'kecamatan' | 'desa' | null;
  updates: AreaPopulation[];
}

const levelOf = (code: string) =>
  code.length === 13 ? 'desa' : code.length === 8 ? 'kecamatan' : 'kabupaten';
const sameName = (a: string, b: string) =>
  a.toLowerCase().replace(/[^a-z0-9]/g, '') === b.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Matches the file's rows to stored areas and works out every population to write (pure: the caller writes).
 *
 * - Rows are matched by Kemendagri code, else by BPS code through the crosswalk or the stored BPS codes; a row
 *   of a kabupaten not stored, an unknown code or a code given twice is refused.
 * - Per desa: the desa get the file's figures, their kecamatan the sum of their desa, each stored kabupaten the sum
 *   of its kecamatan.
 * - Per kecamatan: the kecamatan get the file's figures and their desa are rescaled to the new total by the
 *   shares they had (largest remainder, so the desa add up exactly). Desa figures of the demo seed are
 *   themselves a split of the kecamatan census total, and coverage counts people per desa, so a kecamatan figure
 *   that left its desa alone would make the two disagree.
 */
export function planPopulation(
  file: PopulationFile,
  stored: StoredArea[],
  crosswalk: Crosswalk,
  notes: ImportNotes,
): PopulationPlan {
  const byCode = new Map(stored.map((a) => [a.code, a]));
  const byBps = new Map(stored.flatMap((a) => (a.bpsCode ? [[a.bpsCode, a.code] as const] : [])));
  const kabupaten = stored.filter((a) => a.level === 'kabupaten');
  const taken = new Map<string, PopulationRow & { code: string }>();
  const firstLine = new Map<string, number>();
  for (const row of file.rows) {
    const code =
      row.code ?? (row.bpsCode ? (crosswalk.get(row.bpsCode) ?? byBps.get(row.bpsCode)) : undefined);
    if (code === undefined) {
      notes.refuse(
        row.line,
        `BPS code ${row.bpsCode} has no Kemendagri code: give a crosswalk (--crosswalk FILE)`,
      );
      continue;
    }
    if (kabupaten.length > 0 && !kabupaten.some((k) => code.startsWith(`${k.code}.`))) {
      const stored = kabupaten.map((k) => `${k.code} ${k.name}`).join(', ');
      notes.refuse(row.line, `${code} belongs to another kabupaten (${code.slice(0, 5)}), not ${stored}`);
      continue;
    }
    const area = byCode.get(code);
    if (area === undefined || area.level === 'kabupaten') {
      notes.refuse(row.line, `no ${levelOf(code)} with code ${code} in the database`);
      continue;
    }
    const seen = firstLine.get(code);
    if (seen !== undefined) {
      notes.refuse(row.line, `${code} is also on line ${seen}`);
      continue;
    }
    firstLine.set(code, row.line);
    if (row.name !== null && !sameName(row.name, area.name)) {
      notes.note(
        `Line ${row.line}: ${code} is "${row.name}" in the file, "${area.name}" in the database (name kept)`,
      );
    }
    taken.set(code, { ...row, code });
  }
  const levels = new Set([...taken.values()].map((r) => levelOf(r.code)));
  if (levels.size > 1) {
    notes.refuse(null, 'the file mixes kecamatan and desa rows: import one level at a time');
    return { level: null, updates: [] };
  }
  const level = (levels.values().next().value ?? null) as PopulationPlan['level'];
  if (level === null) return { level, updates: [] };
  const updates = new Map<string, AreaPopulation>();
  for (const r of taken.values()) {
    updates.set(r.code, {
      code: r.code,
      population: r.population,
      populationYear: r.year,
      bpsCode: r.bpsCode,
    });
  }
  const childrenOf = (code: string) => stored.filter((a) => a.parentCode === code);
  const current = (a: StoredArea) => updates.get(a.code)?.population ?? a.population ?? 0;
  if (level === 'kecamatan') {
    let rescaled = 0;
    for (const r of taken.values()) {
      const desa = childrenOf(r.code);
      const shares = split(
        r.population,
        desa.map((d) => d.population ?? 0),
      );
      for (const [i, d] of desa.entries()) {
        updates.set(d.code, {
          code: d.code,
          population: shares[i] ?? 0,
          populationYear: r.year,
          bpsCode: null,
        });
      }
      rescaled += desa.length;
    }
    notes.note(`${rescaled} desa rescaled to their kecamatan's new total by the shares they had`);
  } else {
    const kecamatan = new Set([...taken.keys()].map((c) => byCode.get(c)?.parentCode ?? ''));
    for (const k of kecamatan) {
      const year = [...taken.values()].find((r) => r.code.startsWith(`${k}.`))?.year ?? null;
      const sum = childrenOf(k).reduce((s, d) => s + current(d), 0);
      updates.set(k, { code: k, population: sum, populationYear: year, bpsCode: null });
    }
    const untouched = stored.filter((a) => a.level === 'desa' && !taken.has(a.code)).length;
    notes.note(
      `${kecamatan.size} kecamatan set to the sum of their desa; ${untouched} desa not in the file kept`,
    );
  }
  if (kabupaten.length > 0) {
    const year = [...taken.values()][0]?.year ?? null;
    let total = 0;
    for (const k of kabupaten) {
      const sum = childrenOf(k.code).reduce((s, c) => s + current(c), 0);
      total += sum;
      updates.set(k.code, { code: k.code, population: sum, populationYear: year, bpsCode: null });
    }
    if (file.total && file.total.population !== total) {
      notes.note(
        `Line ${file.total.line}: the file's total ${file.total.population} differs from the sum ${total}`,
      );
    }
  }
  if (crosswalk.size > 0)
    notes.note(`${crosswalk.size} BPS codes from the crosswalk recorded on their areas`);
  for (const [bps, code] of crosswalk) {
    const u = updates.get(code);
    if (byCode.has(code))
      updates.set(code, { ...(u ?? fromStored(byCode.get(code) as StoredArea)), bpsCode: bps });
  }
  return { level, updates: [...updates.values()] };
}

function fromStored(a: StoredArea): AreaPopulation {
  return {
    code: a.code,
    population: a.population ?? 0,
    populationYear: a.populationYear,
    bpsCode: a.bpsCode,
  };
}

/**
 * `total` split in proportion to `weights` by largest remainder, so the parts add up to `total` exactly
 * (equal parts when every weight is 0).
 *
 * @example split(10, [1, 1, 1]) // [4, 3, 3]
 */
export function split(total: number, weights: number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const w = sum > 0 ? weights : weights.map(() => 1);
  const all = sum > 0 ? sum : weights.length;
  const exact = w.map((x) => (total * x) / all);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((s, p) => s + p, 0);
  const order = exact
    .map((e, i) => [e - Math.floor(e), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}
