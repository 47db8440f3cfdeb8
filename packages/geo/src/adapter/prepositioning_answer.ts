import type { PrepositioningResponse } from '@siaga/schema';
import { scorePlan } from '../prepositioning/evaluate_plan.ts';
import { explainPlan, zoneLines } from '../prepositioning/explain_plan.ts';
import { serves } from '../prepositioning/prepositioning_problem.ts';
import type { ExactPlan, FastPlan } from '../prepositioning/solve_plan.ts';
import type { PrepositioningCase } from './prepositioning_case.ts';

const point = (p: [number, number]) => ({ type: 'Point' as const, coordinates: p });

/**
 * The schema answer of a solved pre-positioning case: the fast plan alone (phase 'fast') or the exact one with
 * its gap; the cost split into moves, purchases and new caches; every zone's kit lines before and after; the
 * caches whose holding changes; and each changed holding explained (from where, bought, the zones it serves and
 * who served them before).
 */
export function prepositioningAnswer(
  c: PrepositioningCase,
  fast: FastPlan,
  exact: ExactPlan | null,
): PrepositioningResponse {
  const p = c.problem;
  const T = c.types.length;
  const Z = c.zones.length;
  const plan = exact ?? fast;
  const { hold, score } = plan;
  const ref = (k: number) => ({ id: c.caches[k]?.id ?? String(k), name: c.caches[k]?.name ?? null });
  const zoneRef = (z: number) => c.zones[z]?.properties;
  const move = score.moveCost;
  let buy = 0;
  c.types.forEach((_, t) => {
    buy += (score.bought[t] as number) * (p.buyPrice[t] as number);
  });
  const lines = zoneLines(p, hold);
  const zones = c.zones.map((zone, z) => {
    const own = lines.filter((l) => l.zone === z);
    let reachable = false;
    for (let k = 0; k < c.caches.length && !reachable; k++) reachable = serves(p, k, z);
    return {
      id: zone.properties.id,
      name: zone.properties.name,
      hazardType: zone.properties.hazardType,
      level: zone.properties.level,
      point: point(c.zonePoints[z] as [number, number]),
      lines: own.map((l) => ({
        itemType: c.types[l.type] as (typeof c.types)[number],
        need: l.need,
        before: l.before,
        after: l.after,
        shortfall: l.shortfall,
      })),
      complete: own.every((l) => l.shortfall === 0),
      reachable,
    };
  });
  const changed = new Set<number>();
  for (let k = 0; k < hold.length; k++) if (hold[k] !== p.stock[k]) changed.add(Math.floor(k / T));
  const caches = [...changed].map((k) => {
    const cache = c.caches[k];
    if (cache === undefined) throw new Error(`no cache ${k}`);
    const items = c.types
      .map((itemType, t) => ({
        itemType,
        stock: p.stock[k * T + t] as number,
        hold: hold[k * T + t] as number,
      }))
      .filter((i) => i.stock > 0 || i.hold > 0);
    return {
      id: cache.id,
      name: cache.name,
      source: cache.source,
      point: point(cache.point),
      opened: score.opened.includes(k),
      items,
    };
  });
  const holdings = explainPlan(p, hold).map((h) => ({
    cache: ref(h.cache),
    itemType: c.types[h.type] as (typeof c.types)[number],
    stock: h.stock,
    hold: h.hold,
    bought: h.bought,
    movedIn: h.movedIn.map((m) => ({ ...ref(m.from), units: m.units })),
    movedOut: h.movedOut.map((m) => ({ ...ref(m.to), units: m.units })),
    serves: h.serves.map((s) => ({
      zoneId: zoneRef(s.zone)?.id ?? String(s.zone),
      zoneName: zoneRef(s.zone)?.name ?? '',
      seconds: s.time,
      before: s.before === null ? null : { ...ref(s.before.cache), seconds: s.before.time },
    })),
  }));
  let moved = 0;
  let bought = 0;
  for (const v of score.moved) moved += v;
  for (const v of score.bought) bought += v;
  return {
    version: c.version,
    profile: c.request.profile,
    level: c.request.level,
    standardSeconds: p.standard,
    phase: exact === null ? 'fast' : 'exact',
    status: exact === null ? 'heuristic' : exact.status === 'optimal' ? 'optimal' : 'time_limit',
    gap: exact?.gap ?? null,
    costBound: exact?.costBound ?? null,
    fastMs: fast.ms,
    exactMs: exact?.ms ?? null,
    cost: { total: score.cost, move, buy, open: score.cost - move - buy },
    movedUnits: moved,
    boughtUnits: bought,
    missingBefore: scorePlan(p, p.stock).missing,
    missing: score.missing,
    zones: zones.slice(0, Z),
    caches,
    holdings,
  };
}
