import type { HazardType } from '@siaga/schema';
import type { CoverageModeKey } from '../store/planner_slice.ts';
import type { CoverageSummary, ModeSummary } from '../worker/protocol.ts';

type Level = ModeSummary['levels'][number];

/** One KPI row: a threshold (or the WMK rule) with its shares and, when candidates exist, the change. */
export interface KpiRow {
  limit: number;
  areaShare: number;
  populationShare: number;
  coveredPopulation: number;
  uncoveredPopulation: number;
  hazardShare: number;
  /** Percentage points gained against the plan without candidates; null without candidates. */
  delta: {
    areaShare: number;
    populationShare: number;
    hazardShare: number;
    uncoveredPopulation: number;
  } | null;
  hazardsByType: Array<{ hazardType: HazardType; areaKm2: number; share: number; delta: number | null }>;
}

/** Zones of different types overlap, so the overall share is area-weighted over (type, level) layers. */
function hazardShare(level: Level): number {
  let area = 0;
  let covered = 0;
  for (const h of level.hazards) {
    area += h.areaKm2;
    covered += h.coveredAreaKm2;
  }
  return area > 0 ? covered / area : 0;
}

function byType(level: Level): Map<HazardType, { areaKm2: number; covered: number }> {
  const out = new Map<HazardType, { areaKm2: number; covered: number }>();
  for (const h of level.hazards) {
    const t = out.get(h.hazardType) ?? { areaKm2: 0, covered: 0 };
    t.areaKm2 += h.areaKm2;
    t.covered += h.coveredAreaKm2;
    out.set(h.hazardType, t);
  }
  return out;
}

/** KPI rows for the chosen mode, with the change against the baseline when there is one. */
export function kpiRows(
  scenario: CoverageSummary,
  baseline: CoverageSummary | null,
  mode: CoverageModeKey,
): KpiRow[] {
  const base = baseline?.[mode].levels ?? null;
  return scenario[mode].levels.map((level, j): KpiRow => {
    const b = base?.[j] ?? null;
    const types = byType(level);
    const baseTypes = b ? byType(b) : null;
    return {
      limit: level.limit,
      areaShare: level.areaShare,
      populationShare: level.populationShare,
      coveredPopulation: level.coveredPopulation,
      uncoveredPopulation: level.uncoveredPopulation,
      hazardShare: hazardShare(level),
      delta: b
        ? {
            areaShare: (level.areaShare - b.areaShare) * 100,
            populationShare: (level.populationShare - b.populationShare) * 100,
            hazardShare: (hazardShare(level) - hazardShare(b)) * 100,
            uncoveredPopulation: level.uncoveredPopulation - b.uncoveredPopulation,
          }
        : null,
      hazardsByType: [...types.entries()]
        .map(([hazardType, t]) => {
          const share = t.areaKm2 > 0 ? t.covered / t.areaKm2 : 0;
          const bt = baseTypes?.get(hazardType);
          const baseShare = bt && bt.areaKm2 > 0 ? bt.covered / bt.areaKm2 : 0;
          return { hazardType, areaKm2: t.areaKm2, share, delta: bt ? (share - baseShare) * 100 : null };
        })
        .sort((x, y) => y.areaKm2 - x.areaKm2),
    };
  });
}
