import { haversineM } from '../measure/haversine.ts';

/** One drivable stretch of an OSM way: its positions, its node ids when all are real nodes, its own access. */
export interface WayPiece {
  positions: [number, number][];
  nodeIds?: number[];
  /** Set on the metre of road through a barrier node: the barrier's access text (see barrierAccess). */
  barrierAccess?: string;
}

/** Length of the stretch through a barrier node (metres), or half the segment when that is shorter. */
export const BARRIER_STRETCH_M = 1;

/**
 * Splits a way into the pieces the graph should hold: runs of consecutive nodes present in the extract (a way
 * crossing the extract's edge keeps the parts inside, as osm2pgrouting and GraphHopper do; a run of one node
 * is dropped), each split again around its barrier nodes so that the metre of road through a barrier carries
 * the barrier's access. `position(id)` answers null for a node missing from the extract.
 *
 * @example wayPieces([1, 2, 3], (id) => coords.get(id) ?? null, new Map([[2, 'private']]))
 */
export function wayPieces(
  refs: readonly number[],
  position: (id: number) => [number, number] | null,
  barriers: ReadonlyMap<number, string>,
): { pieces: WayPiece[]; cut: boolean } {
  const pieces: WayPiece[] = [];
  let cut = false;
  let run: { id: number; p: [number, number] }[] = [];
  const flushRun = (): void => {
    if (run.length >= 2) splitAtBarriers(run, barriers, pieces);
    run = [];
  };
  for (const id of refs) {
    const p = position(id);
    if (p === null) {
      cut = true;
      flushRun();
    } else {
      run.push({ id, p });
    }
  }
  flushRun();
  return { pieces, cut };
}

function splitAtBarriers(
  run: readonly { id: number; p: [number, number] }[],
  barriers: ReadonlyMap<number, string>,
  out: WayPiece[],
): void {
  let positions: [number, number][] = [];
  let ids: number[] | undefined = [];
  const flush = (): void => {
    if (positions.length >= 2) out.push(ids === undefined ? { positions } : { positions, nodeIds: ids });
  };
  run.forEach(({ id, p }, i) => {
    const access = barriers.get(id);
    const next = run[i + 1] ?? run[i - 1];
    const towards = next === undefined ? null : stepTowards(p, next.p);
    if (access === undefined || towards === null) {
      positions.push(p);
      ids?.push(id);
      return;
    }
    if (i < run.length - 1) {
      positions.push(p);
      ids?.push(id);
      flush();
      out.push({ positions: [p, towards], barrierAccess: access });
      positions = [towards];
      ids = undefined;
    } else {
      positions.push(towards);
      ids = undefined;
      flush();
      out.push({ positions: [towards, p], barrierAccess: access });
      positions = [];
    }
  });
  flush();
}

/** The point BARRIER_STRETCH_M from `a` towards `b` (at most halfway), or null when they coincide. */
function stepTowards(a: [number, number], b: [number, number]): [number, number] | null {
  const d = haversineM(a[0], a[1], b[0], b[1]);
  if (d < 0.01) return null;
  const t = Math.min(0.5, BARRIER_STRETCH_M / d);
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}
