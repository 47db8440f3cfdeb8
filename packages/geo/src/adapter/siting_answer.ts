import { type HazardType, SiagaError, type SitingResponse } from '@siaga/schema';
import type { ExactSites } from '../siting/exact_sites.ts';
import { explainSites } from '../siting/explain_sites.ts';
import { objectiveOf } from '../siting/serve_demand.ts';
import { activeDemand } from '../siting/siting_problem.ts';
import type { FastSites } from '../siting/solve_sites.ts';
import { uncoverableDemand } from '../siting/uncoverable_demand.ts';
import type { SitingCase } from './siting_case.ts';
import { newlyCoveredHazardArea } from './siting_hazard_area.ts';

/**
 * Refuses set covering when some demand lies beyond every candidate and existing post: 422 naming each item
 * (the proof that no choice of sites covers everyone).
 */
export function requireCoverable(c: SitingCase): void {
  if (c.problem.objective !== 'lscp') return;
  const out = uncoverableDemand(c.problem);
  if (out.length === 0) return;
  const names = Array.from(out, (i) => c.demand[i]?.name ?? c.demand[i]?.id ?? String(i));
  throw new SiagaError(
    'validation_failed',
    `Set covering has no answer: ${out.length} demand item(s) lie beyond the standard from every candidate and post (${names.slice(0, 10).join(', ')}${out.length > 10 ? ', ...' : ''})`,
    Array.from(out, (i) => ({
      path: 'body.standard',
      message: `${c.demand[i]?.id ?? i}: no candidate or post within the standard`,
    })),
  );
}

/** A solver value as answers report it: p-median's weighted sum becomes a weighted mean, the rest as they are. */
export function reportedValue(c: SitingCase, value: number): number {
  const p = c.problem;
  if (p.objective !== 'pMedian') return value;
  const active = activeDemand(p);
  let weight = 0;
  for (let i = 0; i < active.length; i++) if (active[i] === 1) weight += p.weight[i] as number;
  return weight > 0 ? value / weight : value;
}

/**
 * The schema answer of a solved siting case: the fast answer alone (phase 'fast') or the exact one with its
 * bound and gap; each site explained. p-median values are weighted means (the unit per weight).
 */
export function sitingAnswer(
  c: SitingCase,
  fast: FastSites,
  exact: (ExactSites & { ms: number }) | null,
): SitingResponse {
  const p = c.problem;
  const selected = exact?.selected ?? fast.selected;
  const active = activeDemand(p);
  let unreachableWeight = 0;
  let totalWeight = 0;
  for (let i = 0; i < active.length; i++) {
    const w = p.weight[i] as number;
    totalWeight += w;
    if (active[i] === 0) unreachableWeight += w;
  }
  const scale = (v: number) => reportedValue(c, v);
  const n = c.demand.length;
  const areas = newlyCoveredHazardArea(c, Array.from(selected));
  const explained = explainSites(p, selected).map((e, position) => {
    const site = c.candidates[e.site];
    if (site === undefined) throw new Error(`no candidate ${e.site}`);
    const relievedPost = e.relieves === null ? undefined : c.existing[e.relieves.post];
    const next = e.nextBest === null ? undefined : c.candidates[e.nextBest.site];
    const area = areas[position];
    const hazards = new Map<HazardType, { population: number; areaKm2: number }>();
    const entry = (h: HazardType) => {
      const known = hazards.get(h);
      if (known !== undefined) return known;
      const made = { population: 0, areaKm2: 0 };
      hazards.set(h, made);
      return made;
    };
    for (const i of e.newlyCovered) {
      const d = c.demand[i];
      for (const h of d?.hazards ?? []) entry(h).population += d?.population ?? 0;
    }
    for (const [h, km2] of area?.byType ?? []) entry(h).areaKm2 = km2;
    return {
      id: site.id,
      name: site.name,
      source: site.source,
      point: { type: 'Point' as const, coordinates: site.point },
      price: site.price,
      servedWeight: e.servedWeight,
      newlyCoveredWeight: e.newlyCoveredWeight,
      newlyCovered: Array.from(e.newlyCovered, (i) => {
        const before = p.existingCost[i] as number;
        return {
          id: c.demand[i]?.id ?? String(i),
          name: c.demand[i]?.name ?? null,
          before: Number.isFinite(before) ? before : null,
          after: p.cost[e.site * n + i] as number,
        };
      }),
      newlyCoveredHazards: [...hazards].map(([hazardType, t]) => ({ hazardType, ...t })),
      newlyCoveredHazardAreaKm2: area?.totalKm2 ?? 0,
      relieves:
        relievedPost === undefined || e.relieves === null
          ? null
          : { id: relievedPost.properties.id, name: relievedPost.properties.name, weight: e.relieves.weight },
      nextBest:
        next === undefined || e.nextBest === null
          ? null
          : { id: next.id, name: next.name, worseBy: scale(e.nextBest.worseBy) },
    };
  });
  const value = exact?.objective ?? fast.objective;
  return {
    version: c.version,
    profile: c.request.profile,
    objective: p.objective,
    unit: c.unit,
    standard: p.standard,
    phase: exact === null ? 'fast' : 'exact',
    status: exact === null ? 'heuristic' : exact.status === 'optimal' ? 'optimal' : 'time_limit',
    value: scale(value),
    bound: exact === null ? null : scale(exact.bound),
    gap: exact?.gap ?? null,
    baseline: scale(objectiveOf(p, [])),
    fastMs: fast.ms,
    exactMs: exact?.ms ?? null,
    demand: { count: n, weight: totalWeight, unreachableWeight },
    candidateCount: c.candidates.length,
    existingCount: c.existing.length,
    sites: explained,
  };
}
