import { HazardLevel, type PostFeature, type SitingBudget, type SitingCandidates } from '@siaga/schema';
import type { CoverageModel } from '../coverage/coverage_model.ts';
import { nodeCount } from '../graph/road_graph.ts';
import { cellAt } from '../grid/study_grid.ts';

/** A candidate site as the answer names it. */
export interface CandidateSite {
  id: string;
  name: string | null;
  source: 'planned' | 'proposed' | 'desa' | 'junction' | 'marked';
  point: [number, number];
  turnoutSeconds: number;
  price: number;
}

/**
 * The candidate sites of a siting question: planned and proposed posts, desa points, road junctions (thinned to
 * one per square of `junctionSpacingM`), marked sites; none at sea (outside the land grid) nor inside an excluded
 * hazard zone. A planned post costs the upgrade, every other site a new one (1 each when counting sites).
 */
export function candidateSites(
  model: CoverageModel,
  posts: readonly PostFeature[],
  q: SitingCandidates,
  budget: SitingBudget | undefined,
): CandidateSite[] {
  const wanted = new Set(q.sources);
  const out: Omit<CandidateSite, 'price'>[] = [];
  for (const source of ['planned', 'proposed'] as const) {
    if (!wanted.has(source)) continue;
    for (const p of posts) {
      if (p.properties.status !== source) continue;
      const [lon = 0, lat = 0] = p.geometry.coordinates;
      out.push({
        id: p.properties.id,
        name: p.properties.name,
        source,
        point: [lon, lat],
        turnoutSeconds: p.properties.turnoutSeconds,
      });
    }
  }
  if (wanted.has('desa')) {
    for (const d of model.desa) {
      out.push({
        id: `desa-${d.code}`,
        name: d.name,
        source: 'desa',
        point: d.point,
        turnoutSeconds: q.turnoutSeconds,
      });
    }
  }
  if (wanted.has('junction')) out.push(...junctions(model, q));
  if (wanted.has('marked')) {
    q.marked.forEach((m, i) => {
      const [lon = 0, lat = 0] = m.point.coordinates;
      out.push({
        id: m.id ?? `marked-${i + 1}`,
        name: m.name ?? null,
        source: 'marked',
        point: [lon, lat],
        turnoutSeconds: q.turnoutSeconds,
      });
    });
  }
  const barred = barredCells(model, q);
  return out
    .filter((c) => {
      const cell = cellAt(model.grid, c.point[0], c.point[1]);
      return cell >= 0 && model.grid.land[cell] === 1 && barred[cell] === 0;
    })
    .map((c) => ({
      ...c,
      price: budget === undefined ? 1 : c.source === 'planned' ? budget.upgradeCost : budget.newSiteCost,
    }));
}

/** Grid cells inside an excluded hazard zone (1), from the model's hazard layers. */
function barredCells(model: CoverageModel, q: SitingCandidates): Uint8Array {
  const barred = new Uint8Array(model.grid.cols * model.grid.rows);
  if (q.exclude === undefined) return barred;
  const types = new Set(q.exclude.hazardTypes);
  const minRank = HazardLevel.options.indexOf(q.exclude.minLevel);
  for (const layer of model.hazards) {
    if (!types.has(layer.hazardType) || HazardLevel.options.indexOf(layer.level) < minRank) continue;
    for (const c of layer.cells) barred[c] = 1;
  }
  return barred;
}

/** Nodes where three or more links meet, the first in each square of the spacing. */
function junctions(model: CoverageModel, q: SitingCandidates): Omit<CandidateSite, 'price'>[] {
  const g = model.graph;
  const degree = new Uint16Array(nodeCount(g));
  for (let l = 0; l < g.linkFrom.length; l++) {
    degree[g.linkFrom[l] as number] = (degree[g.linkFrom[l] as number] ?? 0) + 1;
    degree[g.linkTo[l] as number] = (degree[g.linkTo[l] as number] ?? 0) + 1;
  }
  const seen = new Set<string>();
  const out: Omit<CandidateSite, 'price'>[] = [];
  const { grid } = model;
  for (let v = 0; v < degree.length; v++) {
    if ((degree[v] as number) < 3) continue;
    const lon = g.nodeLon[v] as number;
    const lat = g.nodeLat[v] as number;
    const key = `${Math.floor((lon * grid.mx) / q.junctionSpacingM)}:${Math.floor((lat * grid.my) / q.junctionSpacingM)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      id: `junction-${v}`,
      name: null,
      source: 'junction',
      point: [lon, lat],
      turnoutSeconds: q.turnoutSeconds,
    });
  }
  return out;
}
