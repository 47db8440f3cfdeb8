import type { Unit } from '@siaga/schema';
import type { RankedRoute } from '../../worker/protocol.ts';

export interface RankedUnit {
  unit: Unit;
  /** The route from the unit's post, from the Worker's closest-posts answer. */
  route: RankedRoute;
}

/**
 * The units a dispatcher may send, fastest first: only `available` ones, ranked by their post's ETA in the
 * closest-posts answer (ties by call sign). Available units at posts outside the answer come apart, by call
 * sign, since no route was computed for them.
 */
export function rankUnits(
  units: readonly Unit[],
  postRoutes: readonly RankedRoute[],
): { ranked: RankedUnit[]; others: Unit[] } {
  const routeOf = new Map(postRoutes.map((r) => [r.facility.properties.id, r] as const));
  const ranked: RankedUnit[] = [];
  const others: Unit[] = [];
  for (const unit of units) {
    if (unit.status !== 'available') continue;
    const route = routeOf.get(unit.postId);
    if (route) ranked.push({ unit, route });
    else others.push(unit);
  }
  const byCallSign = (a: Unit, b: Unit) => a.callSign.localeCompare(b.callSign);
  ranked.sort((a, b) => a.route.etaS - b.route.etaS || byCallSign(a.unit, b.unit));
  others.sort(byCallSign);
  return { ranked, others };
}
