import type { Anchor } from './anchor.ts';
import type { Piece } from './route_path.ts';

/** A facility on the network, as the rankings see it. */
export interface RankedFacility {
  /** Index in the caller's facility list. */
  fi: number;
  anchor: Anchor;
  /** Turnout plus the facility's off-network leg, in seconds. */
  extraS: number;
  /** Seconds driving straight along the link both share with the incident, or Infinity. */
  directS: number;
}

/**
 * What a ranking found: each facility's best ETA (Infinity when not found), whether it is shown unreachable
 * (not merely farther than the k-th), and its route as pieces of links from the facility to the incident.
 */
export interface FacilityRanking {
  eta: Float64Array;
  unreachable(fi: number): boolean;
  pieces(fi: number): Piece[];
}

/** The k-th smallest value, Infinity when there are fewer, -Infinity for k = 0. */
export function kthSmallest(values: Float64Array, k: number): number {
  if (k === 0) return Number.NEGATIVE_INFINITY;
  const sorted = Array.from(values).sort((x, y) => x - y);
  return sorted[k - 1] ?? Number.POSITIVE_INFINITY;
}

/** The ETA of a facility's direct drive (same link as the incident), the start of every ranking. */
export function directEtas(
  count: number,
  facilities: readonly RankedFacility[],
  arrivalS: number,
): Float64Array {
  const eta = new Float64Array(count).fill(Number.POSITIVE_INFINITY);
  for (const f of facilities) {
    if (Number.isFinite(f.directS)) eta[f.fi] = f.extraS + f.directS + arrivalS;
  }
  return eta;
}

/** The piece of a facility's or incident's own link between its snap and the link end a route uses. */
export function anchorPiece(a: Anchor, from: number, to: number): Piece {
  return { link: a.snap.link, from, to };
}
