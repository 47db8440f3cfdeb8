import type { HazardType } from '@siaga/schema';
import { cellAreaKm2 } from '../grid/study_grid.ts';
import type { SitingCase } from './siting_case.ts';

/** Hazard land one suggested site newly brings within the standard. */
export interface HazardAreaGain {
  /** km² of land in any hazard zone (each cell counted once). */
  totalKm2: number;
  /** km² per hazard type (its zones of every level together). */
  byType: Map<HazardType, number>;
}

/**
 * The hazard area each selected site newly covers, on the coverage grid as the coverage summary counts hazard
 * area (land cells x cell area): cells of the hazard layers that no existing post reaches within the standard
 * and that this site reaches, each given to the selected site that reaches it soonest (ties to the earlier).
 * One search from the existing posts and one per site, each stopping at the standard.
 *
 * @example newlyCoveredHazardArea(c, [4, 17])[0]?.totalKm2 // km² of hazard land site 4 brings inside
 */
export function newlyCoveredHazardArea(c: SitingCase, sites: readonly number[]): HazardAreaGain[] {
  const gains = sites.map((): HazardAreaGain => ({ totalKm2: 0, byType: new Map() }));
  const { model } = c;
  if (model.hazards.length === 0 || sites.length === 0) return gains;
  const standard = c.problem.standard;
  const existing = c.cellCosts(
    c.existing.map((p) => ({ point: p.geometry.coordinates, turnoutSeconds: p.properties.turnoutSeconds })),
  );
  const fromSites = sites.map((j) => {
    const site = c.candidates[j];
    if (site === undefined) throw new Error(`no candidate ${j}`);
    return c.cellCosts([site]);
  });
  const slots = model.grid.landCells.length;
  /** Land cell slot -> position of the site that newly covers it, -1 for none, -2 not yet worked out. */
  const owner = new Int32Array(slots).fill(-2);
  const ownerOf = (k: number): number => {
    const known = owner[k] as number;
    if (known !== -2) return known;
    let best = -1;
    let bestCost = standard;
    if (!((existing[k] as number) <= standard)) {
      fromSites.forEach((costs, s) => {
        const cost = costs[k] as number;
        if (cost < bestCost || (best < 0 && cost === bestCost)) {
          best = s;
          bestCost = cost;
        }
      });
    }
    owner[k] = best;
    return best;
  };
  const cellArea = cellAreaKm2(model.grid);
  const anyZone = new Uint8Array(slots);
  const byType = new Map<HazardType, Uint8Array>();
  for (const layer of model.hazards) {
    let ofType = byType.get(layer.hazardType);
    if (ofType === undefined) {
      ofType = new Uint8Array(slots);
      byType.set(layer.hazardType, ofType);
    }
    for (const cell of layer.cells) {
      const k = model.landSlot[cell] as number;
      if (k < 0) continue;
      const s = ownerOf(k);
      if (s < 0) continue;
      const gain = gains[s] as HazardAreaGain;
      if (ofType[k] === 0) {
        ofType[k] = 1;
        gain.byType.set(layer.hazardType, (gain.byType.get(layer.hazardType) ?? 0) + cellArea);
      }
      if (anyZone[k] === 0) {
        anyZone[k] = 1;
        gain.totalKm2 += cellArea;
      }
    }
  }
  return gains;
}
