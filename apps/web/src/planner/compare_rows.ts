import type { ScenarioDocument } from '@siaga/schema';
import type { CoverageSummary } from '../worker/protocol.ts';

/** One area of a comparison: share of people and number of desa within each scenario's standard. */
export interface CompareRow {
  code: string;
  name: string;
  population: number;
  share: { a: number; b: number };
  desa: { a: number; b: number };
  desaCount: number;
}

type Side = { summary: CoverageSummary; document: ScenarioDocument };

/** The level a document shows: its chosen threshold, or the one WMK level. */
function levelOf({ summary, document }: Side): number {
  const count = summary[document.mode].levels.length;
  return Math.min(document.levelIndex, count - 1);
}

/**
 * The kabupaten row, then each kecamatan by name, for two scenarios each counted at its own standard (the mode
 * and shown threshold it was saved with).
 *
 * @example compareRows({ summary: a, document: docA }, { summary: b, document: docB })[0].share.b
 */
export function compareRows(a: Side, b: Side, kabupatenName: string): CompareRow[] {
  const ja = levelOf(a);
  const jb = levelOf(b);
  const ka = a.summary[a.document.mode].kecamatan;
  const kb = new Map(b.summary[b.document.mode].kecamatan.map((k) => [k.code, k]));
  const rows = ka
    .map((k): CompareRow => {
      const other = kb.get(k.code);
      return {
        code: k.code,
        name: k.name,
        population: k.population,
        share: { a: k.coveredShare[ja] ?? 0, b: other?.coveredShare[jb] ?? 0 },
        desa: { a: k.desaCovered[ja] ?? 0, b: other?.desaCovered[jb] ?? 0 },
        desaCount: k.desaCount,
      };
    })
    .sort((x, y) => x.name.localeCompare(y.name));
  const la = a.summary[a.document.mode].levels[ja];
  const lb = b.summary[b.document.mode].levels[jb];
  const sum = (f: (r: CompareRow) => number) => rows.reduce((s, r) => s + f(r), 0);
  const total: CompareRow = {
    code: 'kabupaten',
    name: kabupatenName,
    population: a.summary.population,
    share: { a: la?.populationShare ?? 0, b: lb?.populationShare ?? 0 },
    desa: { a: sum((r) => r.desa.a), b: sum((r) => r.desa.b) },
    desaCount: sum((r) => r.desaCount),
  };
  return [total, ...rows];
}

/** Whether two documents count at the same standard (mode, profile, turnout and shown threshold). */
export function sameStandard(a: ScenarioDocument, b: ScenarioDocument): boolean {
  const limit = (d: ScenarioDocument) => (d.mode === 'travelTime' ? d.thresholdsMin[d.levelIndex] : null);
  return (
    a.mode === b.mode && a.profile === b.profile && a.countTurnout === b.countTurnout && limit(a) === limit(b)
  );
}
